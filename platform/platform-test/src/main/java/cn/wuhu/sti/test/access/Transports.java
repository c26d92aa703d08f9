package cn.wuhu.sti.test.access;

import cn.wuhu.sti.test.access.AccessMatrix.Answer;
import cn.wuhu.sti.test.access.AccessMatrix.Transport;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The ways an {@link AccessMatrix} reaches an application. */
public final class Transports {

    private static final String SECURITY_FILTER_CHAIN = "springSecurityFilterChain";

    private Transports() {}

    /**
     * MockMvc through the application's own security filter chain, which is what answers 401 and 403, with a
     * stand-in behind it in place of the handlers: a probe that is let through answers 204 and changes nothing, so
     * the one with the right scope does not register a firm or start a rebuild.
     */
    public static Transport throughTheSecurityFilterChain(ApplicationContext context) {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new StandIn())
                .addFilters(context.getBean(SECURITY_FILTER_CHAIN, Filter.class))
                .build();
        return (method, path, token) -> {
            var request = MockMvcRequestBuilders.request(method, path);
            if (token != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            try {
                MvcResult result = mvc.perform(request).andReturn();
                return new Answer(
                        result.getResponse().getStatus(), result.getResponse().getContentType());
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path, e);
            }
        };
    }

    /** Real HTTP to a running server, handlers and all. */
    public static Transport overHttp(URI base) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return (method, path, token) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(20))
                    .method(method.name(), HttpRequest.BodyPublishers.noBody());
            if (token != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            try {
                HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                return new Answer(
                        response.statusCode(),
                        response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    @RestController
    static class StandIn {

        @RequestMapping("/**")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        void letThrough() {}
    }
}
