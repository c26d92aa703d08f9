package cn.wuhu.sti.reporting.security;

import cn.wuhu.sti.web.security.AuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rebuilding the read models, and watching a rebuild, needs more than writing reports: {@code reports:admin}. */
@Configuration(proxyBeanMethods = false)
class ReportingSecurity {

    @Bean
    AuthorizationRules reportingAdministration() {
        return requests -> requests.requestMatchers("/api/reports/admin/**").hasAuthority("SCOPE_reports:admin");
    }
}
