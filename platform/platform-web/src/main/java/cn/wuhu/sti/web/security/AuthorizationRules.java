package cn.wuhu.sti.web.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules, applied after the public actuator and API-doc paths and before the final "every
 * other request must be authenticated". Declare one or more as beans, for example:
 *
 * <pre>{@code
 * @Bean
 * AuthorizationRules enterpriseRules() {
 *     return registry -> registry
 *             .requestMatchers(HttpMethod.GET, "/api/enterprises/**").hasAuthority("SCOPE_enterprise:read")
 *             .requestMatchers(HttpMethod.POST, "/api/enterprises/**").hasAuthority("SCOPE_enterprise:write");
 * }
 * }</pre>
 *
 * Scopes from the token's {@code scope} claim arrive as {@code SCOPE_}-prefixed authorities.
 */
@FunctionalInterface
public interface AuthorizationRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry);

    /**
     * The rule of a context's API: reads (GET, HEAD) need {@code <scope>:read}, every other method {@code <scope>:write}. Applied
     * after the service's own rules, so a service can demand more of some paths first.
     */
    static AuthorizationRules contextApi(String api, String scope) {
        return registry -> registry.requestMatchers(HttpMethod.GET, api, api + "/**")
                .hasAuthority("SCOPE_" + scope + ":read")
                .requestMatchers(HttpMethod.HEAD, api, api + "/**")
                .hasAuthority("SCOPE_" + scope + ":read")
                .requestMatchers(api, api + "/**")
                .hasAuthority("SCOPE_" + scope + ":write");
    }
}
