package cn.wuhu.sti.web;

/** The addressed resource does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
