package cn.wuhu.sti.subscriber;

import cn.wuhu.sti.messaging.MessagingAutoConfiguration;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/** The department subscriber: its delivery log and the container that feeds its {@link OnEvent} methods. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
@EnableConfigurationProperties(SubscriberProperties.class)
public class SubscriberAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "sti.subscriber.delivery-store", havingValue = "mongodb", matchIfMissing = true)
    DeliveryLog deliveryLog(MongoTemplate mongo, SubscriberProperties properties, Clock clock) {
        return new MongoDeliveryLog(mongo, properties.deliveryCollection(), clock);
    }

    /** The delivery log in the department's SQL database, its table created when missing. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    @ConditionalOnProperty(name = "sti.subscriber.delivery-store", havingValue = "jdbc")
    static class JdbcDeliveries {

        @Bean
        @ConditionalOnMissingBean
        DeliveryLog deliveryLog(DataSource dataSource, SubscriberProperties properties, Clock clock) {
            var log = new JdbcDeliveryLog(new JdbcTemplate(dataSource), properties.deliveryTable(), clock);
            log.createTableIfMissing();
            return log;
        }
    }

    @Bean
    SubscriberContainer stiSubscriberContainer(
            ApplicationContext context,
            ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory,
            KafkaProperties kafka,
            SubscriberProperties properties,
            DeliveryLog deliveryLog,
            ObjectProvider<KafkaAdmin> admin,
            ObjectProvider<MeterRegistry> meters) {
        return new SubscriberContainer(
                context,
                cloudEventConsumerFactory,
                kafka,
                properties,
                deliveryLog,
                admin.getIfAvailable(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
