package cn.wuhu.sti.test.service;

import cn.wuhu.sti.test.SharedInfrastructure;
import cn.wuhu.sti.test.access.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another replica of a service on the test JVM's shared store and broker, beside the test's own context: for what
 * must hold with several replicas (a job run once, a lease taken over) and across a restart (close it, start another).
 */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts {@code application} on a random port with the shared infrastructure and the extra {@code properties}. */
    public static ServiceInstance start(Class<?> application, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.mongodb.uri=" + SharedInfrastructure.mongoUri(),
                "spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                "sti.security.issuer=" + TestIssuer.ISSUER,
                "server.port=0"));
        all.addAll(List.of(properties));
        // as command-line arguments, which outrank the service's own files (builder properties would not)
        return new ServiceInstance(new SpringApplicationBuilder(application)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
