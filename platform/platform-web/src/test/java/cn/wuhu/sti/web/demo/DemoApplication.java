package cn.wuhu.sti.web.demo;

import cn.wuhu.sti.web.security.AuthorizationRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** A tiny service that uses platform-web the way a real one does: by depending on it and declaring its rules. */
@SpringBootApplication
public class DemoApplication {

    @Bean
    AuthorizationRules grantRules() {
        return registry -> registry.requestMatchers(HttpMethod.GET, "/demo/**")
                .hasAuthority("SCOPE_demo:read")
                .requestMatchers(HttpMethod.POST, "/demo/**")
                .hasAuthority("SCOPE_demo:write");
    }

    @Bean
    SlowGate slowGate() {
        return new SlowGate();
    }
}
