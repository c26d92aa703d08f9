package cn.wuhu.sti.web.idempotency;

import cn.wuhu.sti.web.problem.ProblemDetailsAutoConfiguration;
import cn.wuhu.sti.web.problem.ProblemResponseWriter;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Registers the {@link IdempotencyKeyFilter} right after Spring Security's filter chain. */
@AutoConfiguration(
        after = ProblemDetailsAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({MongoTemplate.class, ProblemResponseWriter.class})
@ConditionalOnBooleanProperty(name = "sti.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(
            MongoTemplate mongo,
            ProblemResponseWriter problems,
            IdempotencyProperties properties,
            ObjectProvider<SecurityFilterProperties> securityFilter) {
        IdempotencyStore store = new IdempotencyStore(mongo, Clock.systemUTC(), properties.abandonedAfter());
        store.createTtlIndex(properties.ttl());
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(store, problems));
        // After the security filter, so the caller is known and an unauthenticated request never claims a key.
        int securityOrder =
                securityFilter.getIfAvailable(SecurityFilterProperties::new).getOrder();
        registration.setOrder(securityOrder + 1);
        return registration;
    }
}
