package cn.wuhu.sti.web.security;

import cn.wuhu.sti.web.problem.ProblemDetailsAutoConfiguration;
import cn.wuhu.sti.web.problem.ProblemResponseWriter;
import cn.wuhu.sti.web.service.ServiceDefaults;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Makes the service a stateless OAuth2 resource server: JWTs signed by the keys at {@code sti.security.jwk-set-uri},
 * from {@code sti.security.issuer}, naming {@code sti.security.audience}. Health, info, the Prometheus scrape and the
 * API docs are public; the rest of the actuator is refused to every token; then the service's
 * {@link AuthorizationRules} apply, then the scopes of its {@link cn.wuhu.sti.web.service.ContextService} API; anything else needs a valid token. A service that
 * declares its own {@link SecurityFilterChain} or {@link JwtDecoder} replaces the corresponding bean here.
 */
@AutoConfiguration(
        after = ProblemDetailsAutoConfiguration.class,
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(StiSecurityProperties.class)
@EnableWebSecurity
public class ResourceServerAutoConfiguration {

    /** How many verified tokens a service remembers; callers are a few dozen systems and the bureau's staff. */
    static final int VERIFIED_TOKENS_KEPT = 10_000;

    static final String[] PUBLIC_PATHS = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    /** No scope opens these: the rest of the actuator, and the error page when asked for directly. */
    static final String[] REFUSED_PATHS = {"/actuator", "/actuator/**", "/error"};

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(StiSecurityProperties properties) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(properties.audience()))));
        // The wall clock, as the validators use: a service's business Clock may be fixed or shifted.
        return new CachingJwtDecoder(decoder, Clock.systemUTC(), VERIFIED_TOKENS_KEPT);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter problems) {
        return new ProblemAccessDeniedHandler(problems);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(
            HttpSecurity http,
            JwtDecoder jwtDecoder,
            ObjectProvider<AuthorizationRules> rules,
            Environment environment,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(registry -> {
                    // The error page renders whatever went wrong in the request that was already let in.
                    registry.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    registry.requestMatchers(PUBLIC_PATHS).permitAll();
                    registry.requestMatchers(REFUSED_PATHS).denyAll();
                    rules.orderedStream().forEach(rule -> rule.apply(registry));
                    String api = environment.getProperty(ServiceDefaults.API);
                    if (api != null) {
                        AuthorizationRules.contextApi(api, environment.getRequiredProperty(ServiceDefaults.SCOPE))
                                .apply(registry);
                    }
                    registry.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
        return http.build();
    }
}
