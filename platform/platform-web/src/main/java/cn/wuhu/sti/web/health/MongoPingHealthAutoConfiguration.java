package cn.wuhu.sti.web.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Contributes {@link MongoPingHealthIndicator} as the {@code mongo} health component. Boot's own Mongo indicator
 * ({@code MongoHealthContributorAutoConfiguration}) backs off when a bean named {@code mongoHealthIndicator} exists,
 * so this configuration runs before it and uses that name. {@code management.health.mongodb.enabled=false} turns
 * both off. The service defaults ({@code sti-service-defaults.yml}) make the component part of the readiness probe.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"},
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({MongoTemplate.class, HealthIndicator.class})
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnEnabledHealthIndicator("mongodb")
public class MongoPingHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
