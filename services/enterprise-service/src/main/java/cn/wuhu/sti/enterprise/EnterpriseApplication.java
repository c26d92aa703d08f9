package cn.wuhu.sti.enterprise;

import cn.wuhu.sti.web.security.AuthorizationRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** Enterprise tiering (企业梯度培育): the register of firms, their recognitions and their annual R&amp;D reports. */
@SpringBootApplication
public class EnterpriseApplication {

    public static final String CONFIG_NAME = "enterprise-service";

    public static void main(String[] args) {
        new org.springframework.boot.builder.SpringApplicationBuilder(EnterpriseApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }

    @Bean
    AuthorizationRules enterpriseAuthorization() {
        return requests -> requests.requestMatchers(HttpMethod.POST, "/api/enterprises/**", "/api/enterprises")
                .hasAuthority("SCOPE_enterprise:write")
                .requestMatchers(HttpMethod.GET, "/api/enterprises/**", "/api/enterprises")
                .hasAuthority("SCOPE_enterprise:read");
    }
}
