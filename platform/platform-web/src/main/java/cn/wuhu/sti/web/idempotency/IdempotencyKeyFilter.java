package cn.wuhu.sti.web.idempotency;

import cn.wuhu.sti.web.FieldViolation;
import cn.wuhu.sti.web.problem.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST that carries an {@code Idempotency-Key} header safe to repeat: the first successful (2xx) answer is
 * stored and every repeat gets it back byte for byte without reaching the controller. A repeat while the first is
 * still running answers 409; the same key with a different body answers 422. Failed answers are not stored, so a
 * client may fix its body and retry with the same key. Runs after Spring Security, so keys are scoped per caller.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer that was replayed from the store rather than produced by the controller. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final int MAX_KEY_LENGTH = 255;
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);

    private final IdempotencyStore store;
    private final ProblemResponseWriter problems;

    IdempotencyKeyFilter(IdempotencyStore store, ProblemResponseWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key.");
            problem.setProperty(
                    "errors", List.of(new FieldViolation(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters")));
            problems.write(request, response, problem);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String requestHash = RequestScope.sha256(body);
        RequestScope scope = new RequestScope(principal(request), request.getMethod(), request.getRequestURI(), key);

        Optional<IdempotencyRecord> earlier = store.claim(scope, requestHash);
        if (earlier.isEmpty()) {
            runFirst(scope, new CachedBodyRequest(request, body), response, chain);
        } else if (!earlier.get().requestHash().equals(requestHash)) {
            problems.write(
                    request,
                    response,
                    problem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "This Idempotency-Key was "
                                    + "already used with a different request body; use a new key for a new request."));
        } else if (earlier.get().state() == IdempotencyRecord.State.IN_FLIGHT) {
            problems.write(
                    request,
                    response,
                    problem(
                            HttpStatus.CONFLICT,
                            "A request with this Idempotency-Key is "
                                    + "still being processed; retry once it has finished."));
        } else {
            replay(earlier.get(), response);
        }
    }

    private void runFirst(
            RequestScope scope, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException | RuntimeException e) {
            store.release(scope);
            throw e;
        }
        if (answer.getStatus() / 100 == 2) {
            remember(scope, answer);
        } else {
            store.release(scope);
        }
        answer.copyBodyToResponse();
    }

    /**
     * The controller's work is done; if storing its answer fails the answer still goes out, and the key stays
     * claimed (repeats get 409) until the TTL index removes it.
     */
    private void remember(RequestScope scope, ContentCachingResponseWrapper answer) {
        try {
            store.complete(
                    scope,
                    answer.getStatus(),
                    answer.getContentType(),
                    answer.getHeader(HttpHeaders.LOCATION),
                    answer.getContentAsByteArray());
        } catch (RuntimeException e) {
            log.warn("Could not store the answer for Idempotency-Key {} on {}", scope.key(), scope.path(), e);
        }
    }

    private static void replay(IdempotencyRecord first, HttpServletResponse response) throws IOException {
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = first.body() != null ? first.body() : new byte[0];
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    private static String principal(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? principal.getName() : "anonymous";
    }
}
