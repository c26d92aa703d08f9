package cn.wuhu.sti.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code BasicErrorController} for the errors Spring MVC's advice never sees: an exception thrown
 * by a servlet filter (the Idempotency-Key filter reaching for its store, say), or {@code sendError} from the
 * container. They too answer problem+json, and a store outage is a {@code 503} here as well.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final StoreOutageAnswer storeOutage;

    public ProblemErrorController(StoreOutageAnswer storeOutage) {
        this.storeOutage = storeOutage;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && storeOutage.applies(failure)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .headers(storeOutage.headers())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(withInstance(storeOutage.problem(), request));
        }
        HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(detail(status, request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(problem, request));
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return problem;
    }

    private static HttpStatus status(Object code) {
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** A 4xx reason was written for the client; a 5xx message may describe internals, so it stays in the log. */
    private static String detail(HttpStatus status, Object message) {
        if (status.is4xxClientError() && message instanceof String text && !text.isBlank()) {
            return text;
        }
        return status.is5xxServerError() ? "An unexpected error occurred." : status.getReasonPhrase();
    }
}
