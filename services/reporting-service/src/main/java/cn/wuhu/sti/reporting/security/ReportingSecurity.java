package cn.wuhu.sti.reporting.security;

import cn.wuhu.sti.web.security.AuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ReportingSecurity {

    @Bean
    AuthorizationRules reportingAuthorizationRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/api/reports/**")
                .hasAuthority("SCOPE_reports:read")
                .requestMatchers(HttpMethod.POST, "/api/reports/admin/**")
                .hasAuthority("SCOPE_reports:admin");
    }
}
