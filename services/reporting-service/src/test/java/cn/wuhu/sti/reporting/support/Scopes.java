package cn.wuhu.sti.reporting.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A MockMvc request under a bearer token granting one scope, as the gateway's issuer would grant it. */
public final class Scopes {

    public static final RequestPostProcessor READER = scope("reports:read");
    public static final RequestPostProcessor WRITER = scope("reports:write");
    public static final RequestPostProcessor ADMIN = scope("reports:admin");

    public static RequestPostProcessor scope(String scope) {
        return jwt().authorities(new SimpleGrantedAuthority("SCOPE_" + scope));
    }

    private Scopes() {}
}
