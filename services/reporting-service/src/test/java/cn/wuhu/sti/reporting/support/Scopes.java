package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.test.service.Callers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reporting's callers in MockMvc tests, by the one scope each holds ({@link Callers#withScopes}). */
public final class Scopes {

    public static final RequestPostProcessor READER = scope("reports:read");
    public static final RequestPostProcessor WRITER = scope("reports:write");
    public static final RequestPostProcessor ADMIN = scope("reports:admin");

    public static RequestPostProcessor scope(String scope) {
        return Callers.withScopes("bureau-admin", scope);
    }

    private Scopes() {}
}
