package cn.wuhu.sti.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.filter.RewriteLocationResponseHeaderFilterFunctions.rewriteLocationResponseHeader;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import cn.wuhu.sti.gateway.Backend;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.util.Arrays;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

@Configuration(proxyBeanMethods = false)
public class RoutesConfiguration {

    public static final String FALLBACK_PATH = "/fallback/";

    /** One route per service, each behind its own circuit breaker whose fallback answers a problem document. */
    @Bean
    RouterFunction<ServerResponse> serviceRoutes(GatewayProperties properties) {
        return Arrays.stream(Backend.values())
                .map(backend -> route(backend.id())
                        .route(path(backend.pathPattern()), http())
                        .before(uri(properties.serviceUri(backend)))
                        .filter(circuitBreaker(breaker ->
                                breaker.setId(backend.id()).setFallbackUri("forward:" + FALLBACK_PATH + backend.id())))
                        // A service that answers with its own absolute URL must not leak its host to callers.
                        .after(rewriteLocationResponseHeader(location -> {}))
                        .build())
                .reduce(RouterFunction::and)
                .orElseThrow();
    }

    @Bean
    RouterFunction<ServerResponse> serviceUnavailableFallback() {
        return RouterFunctions.route()
                .route(path(FALLBACK_PATH + "{service}"), ServiceUnavailableFallback::answer)
                .build();
    }

    /**
     * The proxy's HTTP client. Redirects are passed through to the caller rather than followed, and HTTP/1.1 avoids
     * the JDK client's h2c upgrade dance with the services.
     */
    @Bean
    ClientHttpRequestFactory proxyClientHttpRequestFactory(GatewayProperties properties) {
        return ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1))
                .build(HttpClientSettings.defaults()
                        .withTimeouts(properties.connectTimeout(), properties.readTimeout())
                        .withRedirects(HttpRedirects.DONT_FOLLOW));
    }

    /**
     * Every route's breaker uses the configured thresholds. Resilience4j's time limiter is switched off in
     * {@code gateway.yml}: the client's read timeout already bounds a call, without moving it to another thread.
     */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> circuitBreakerDefaults(GatewayProperties properties) {
        GatewayProperties.CircuitBreaker settings = properties.circuitBreaker();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.waitDurationInOpenState())
                .build();
        return factory -> factory.configureDefault(id ->
                new Resilience4JConfigBuilder(id).circuitBreakerConfig(config).build());
    }
}
