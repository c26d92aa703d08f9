package cn.wuhu.sti.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.RequestDispatcher;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What a caller sees when a service cannot answer: an RFC 9457 problem, 504 when the service was too slow and 503
 * when it could not be reached or its circuit breaker is open.
 */
final class ServiceUnavailableFallback {

    private ServiceUnavailableFallback() {}

    static ServerResponse answer(ServerRequest request) {
        String service = request.pathVariable("service");
        Throwable failure = (Throwable) request.attribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR)
                .orElse(null);
        ProblemDetail problem = timedOut(failure)
                ? problem(
                        HttpStatus.GATEWAY_TIMEOUT,
                        "Gateway timeout",
                        "The " + service + " service did not answer in time.")
                : problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Service unavailable",
                        failure instanceof CallNotPermittedException
                                ? "The " + service + " service is failing; calls are paused for a while."
                                : "The " + service + " service cannot be reached.");
        request.attribute(RequestDispatcher.FORWARD_REQUEST_URI)
                .map(String.class::cast)
                .map(URI::create)
                .ifPresent(problem::setInstance);
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
