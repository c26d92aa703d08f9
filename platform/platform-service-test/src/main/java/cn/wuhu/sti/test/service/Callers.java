package cn.wuhu.sti.test.service;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who calls a service in a MockMvc test: a token with the scopes of the contract, as the gateway would relay it. */
public final class Callers {

    /** The bureau's administrator: reads and writes {@code context} ({@code talent}, {@code enterprise}, …). */
    public static RequestPostProcessor writer(String context) {
        return withScopes("bureau-admin", context + ":read", context + ":write");
    }

    /** A department system: reads {@code context} only. */
    public static RequestPostProcessor reader(String context) {
        return withScopes("dept-reader", context + ":read");
    }

    public static RequestPostProcessor withScopes(String subject, String... scopes) {
        return jwt().jwt(token -> token.subject(subject))
                .authorities(Stream.of(scopes)
                        .<GrantedAuthority>map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope))
                        .toList());
    }

    /** A JSON write by {@code context}'s writer. */
    public static MockHttpServletRequestBuilder written(
            String context, MockHttpServletRequestBuilder request, String json) {
        return request.with(writer(context))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private Callers() {}
}
