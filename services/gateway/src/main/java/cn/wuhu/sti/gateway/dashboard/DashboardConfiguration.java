package cn.wuhu.sti.gateway.dashboard;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;
import static org.springframework.web.servlet.function.RequestPredicates.GET;

import cn.wuhu.sti.gateway.Backend;
import cn.wuhu.sti.gateway.routing.GatewayProperties;
import cn.wuhu.sti.gateway.routing.RoutesConfiguration;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bureau's dashboard, served by the gateway as a backend for its front end: the gateway signs the user in at the
 * identity provider (authorization code with PKCE), keeps the tokens in its session and relays the access token on the
 * page's calls to {@code /dashboard/api/reports/**}, which it forwards to reporting as {@code /api/reports/**}. The
 * page's JavaScript holds a session cookie only, never a token.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    static final String REGISTRATION = "dashboard";

    private static final String FAVICON = "/favicon.ico";

    /** The page's reads of reporting, {@code /dashboard/api/reports/**}, relayed with the signed-in user's token. */
    static final String API_PREFIX = "/dashboard";

    private static final String SIGN_IN =
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/" + REGISTRATION;

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 2)
    SecurityFilterChain dashboardFilterChain(
            HttpSecurity http, ClientRegistrationRepository registrations, JsonMapper json) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // Back to the very page asked for after signing in, without Spring's "continue" marker in its address.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setMatchingRequestParameterName(null);
        http.securityMatcher(new OrRequestMatcher(
                        pathPattern("/"),
                        pathPattern("/index.html"),
                        pathPattern("/assets/**"),
                        pathPattern("/webjars/**"),
                        pathPattern("/dashboard/**"),
                        pathPattern(OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
                                + "/**"),
                        pathPattern("/login/oauth2/code/**"),
                        pathPattern("/logout"),
                        pathPattern(FAVICON)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(FAVICON)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .defaultSuccessUrl("/", false))
                .requestCache(cache -> cache.requestCache(pages))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .exceptionHandling(exceptions -> exceptions
                        // The page's own calls get a problem document; a page load goes to sign in.
                        .defaultAuthenticationEntryPointFor(
                                (request, response, failure) -> {
                                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                                            HttpStatus.UNAUTHORIZED,
                                            "Not signed in, or the session has ended: open / to sign in.");
                                    problem.setInstance(URI.create(request.getRequestURI()));
                                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                                    json.writeValue(response.getOutputStream(), problem);
                                },
                                pathPattern("/dashboard/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(SIGN_IN), request -> true));
        return http.build();
    }

    /** The signed-in user's tokens live in their HTTP session, and leave with it. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands the token relay the session's access token, refreshed when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** Reads only: the page's GETs of reporting, with the user's token in place of the session cookie. */
    @Bean
    RouterFunction<ServerResponse> dashboardRoutes(GatewayProperties properties) {
        Backend reports = Backend.REPORTS;
        return route("dashboard-" + reports.id())
                .route(GET(API_PREFIX + reports.pathPattern()), http())
                .before(stripPrefix(1))
                .before(uri(properties.serviceUri(reports)))
                .before(removeRequestHeader(HttpHeaders.COOKIE))
                .filter(tokenRelay())
                .filter(circuitBreaker(breaker -> breaker.setId(reports.id())
                        .setFallbackUri("forward:" + RoutesConfiguration.FALLBACK_PATH + reports.id())))
                .build();
    }
}
