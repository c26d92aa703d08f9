package cn.wuhu.sti.web;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request body passed {@code sti.web.max-request-body}; answered as 413. Unchecked, so that it passes through
 * Jackson and Spring's message converters from the input stream where it is thrown to the edge that answers it.
 */
public class RequestBodyTooLargeException extends ErrorResponseException {

    public RequestBodyTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
    }

    /** The exception itself or one it caused: Jackson and filters may have wrapped it on the way up. */
    public static Optional<RequestBodyTooLargeException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }

    private static ProblemDetail problem(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than the " + limit + " bytes accepted.");
        problem.setProperty(
                "errors", List.of(new FieldViolation("body", "must not be larger than " + limit + " bytes")));
        return problem;
    }
}
