package cn.wuhu.sti.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemErrorControllerTest {

    private final ProblemErrorController controller =
            new ProblemErrorController(new StoreOutageAnswer(Duration.ofSeconds(5)));

    @Test
    void aFilterThatCannotReachTheStoreAnswers503WithRetryAfter() {
        var outage = new ServletException(new DataAccessResourceFailureException(
                "Timed out while waiting for a server", new MongoTimeoutException("no server")));

        ResponseEntity<ProblemDetail> answer = controller.error(failedRequest(outage));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getInstance()).hasToString("/demo/grants");
    }

    @Test
    void anyOtherFailureInAFilterStaysA500ThatRevealsNothing() {
        ResponseEntity<ProblemDetail> answer =
                controller.error(failedRequest(new ServletException(new IllegalStateException("secret detail"))));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().containsHeader("Retry-After")).isFalse();
        assertThat(answer.getBody().getDetail()).isEqualTo("An unexpected error occurred.");
    }

    private static MockHttpServletRequest failedRequest(Throwable failure) {
        var request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/demo/grants");
        return request;
    }
}
