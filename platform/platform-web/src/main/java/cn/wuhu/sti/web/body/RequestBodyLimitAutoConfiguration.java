package cn.wuhu.sti.web.body;

import cn.wuhu.sti.web.problem.ProblemDetailsAutoConfiguration;
import cn.wuhu.sti.web.problem.ProblemResponseWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Registers the {@link RequestBodyLimitFilter} ahead of every filter that might read a body. */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ProblemResponseWriter.class)
@EnableConfigurationProperties(RequestBodyLimitProperties.class)
public class RequestBodyLimitAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            RequestBodyLimitProperties limits, ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(limits.maxRequestBody().toBytes(), problems));
        // Right after the character-encoding filter, before form parsing, security and the Idempotency-Key filter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
