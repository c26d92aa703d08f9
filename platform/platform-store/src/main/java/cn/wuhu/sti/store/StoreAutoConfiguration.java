package cn.wuhu.sti.store;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Durable, fast-failing MongoDB client settings for every service that has a MongoClient. */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoAutoConfiguration.class)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreAutoConfiguration {

    @Bean
    DurableMongoClientSettings durableMongoClientSettings(StoreProperties store) {
        return new DurableMongoClientSettings(store);
    }
}
