package cn.wuhu.sti.gateway.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway does not authenticate API calls: each service validates the bearer token the gateway passes through.
 * Of its own endpoints only the public actuator ones (and, in dev, the issuer's) are open; every other one is
 * refused to every caller, as a service refuses its own: 401 without a valid token, 403 with one.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    /** The API, passed through untouched, and the gateway's internal forwards (circuit-breaker fallbacks, errors). */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    SecurityFilterChain passThroughFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.pathPattern("/api/**"),
                        new DispatcherTypeRequestMatcher(DispatcherType.FORWARD),
                        new DispatcherTypeRequestMatcher(DispatcherType.ERROR)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return stateless(http).build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain gatewayFilterChain(HttpSecurity http, JwtDecoder gatewayJwtDecoder, JsonMapper json)
            throws Exception {
        ProblemAnswers problems = new ProblemAnswers(json);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(gatewayJwtDecoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return stateless(http).build();
    }

    /**
     * Checks tokens as the services do: the issuer's keys, {@code iss} and {@code aud}. With the dev issuer on, its
     * keys are right here; otherwise they are fetched from {@code sti.security.jwk-set-uri}.
     */
    @Bean
    JwtDecoder gatewayJwtDecoder(
            ObjectProvider<JWKSource<SecurityContext>> devIssuerKeys,
            @Value("${sti.security.issuer}") String issuer,
            @Value("${sti.security.jwk-set-uri:${sti.security.issuer}/oauth2/jwks}") String jwkSetUri,
            @Value("${sti.security.audience:sti-platform}") String audience) {
        JWKSource<SecurityContext> keys = devIssuerKeys.getIfAvailable();
        NimbusJwtDecoder decoder = keys != null
                ? NimbusJwtDecoder.withJwkSource(keys).build()
                : NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, claimed -> claimed != null && claimed.contains(audience))));
        return decoder;
    }

    // A stateless proxy without cookies: no session, no saved requests, and CSRF protection has nothing to protect.
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable);
    }
}
