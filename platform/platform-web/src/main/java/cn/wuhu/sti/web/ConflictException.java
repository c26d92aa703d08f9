package cn.wuhu.sti.web;

/** The request is valid but clashes with the resource's current state (landing a team twice); answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
