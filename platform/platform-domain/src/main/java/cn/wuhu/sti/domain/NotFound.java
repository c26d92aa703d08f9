package cn.wuhu.sti.domain;

/** The addressed aggregate or part of it does not exist; the web edge answers it as 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
