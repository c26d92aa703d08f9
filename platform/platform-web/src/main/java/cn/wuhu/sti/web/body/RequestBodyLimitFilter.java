package cn.wuhu.sti.web.body;

import cn.wuhu.sti.web.RequestBodyTooLargeException;
import cn.wuhu.sti.web.problem.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit with 413: at once when its {@code Content-Length} says so, else as soon as
 * reading passes the limit (a chunked body), before anything downstream (the Idempotency-Key filter, Jackson) has
 * held more of it in memory.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemResponseWriter problems;

    RequestBodyLimitFilter(long limit, ProblemResponseWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, new RequestBodyTooLargeException(limit).getBody());
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), response);
        } catch (ServletException | IOException | RuntimeException failure) {
            var tooLarge = RequestBodyTooLargeException.in(failure);
            if (tooLarge.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            problems.write(request, response, tooLarge.get().getBody());
        }
    }
}
