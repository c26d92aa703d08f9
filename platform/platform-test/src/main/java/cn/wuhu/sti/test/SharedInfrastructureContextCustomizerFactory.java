package cn.wuhu.sti.test;

import cn.wuhu.sti.test.access.TestIssuer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Registered in {@code META-INF/spring.factories}; acts only on classes annotated {@link UseSharedInfrastructure}. */
class SharedInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        UseSharedInfrastructure annotation =
                AnnotatedElementUtils.findMergedAnnotation(testClass, UseSharedInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.kafka());
    }

    private record Customizer(boolean kafka) implements ContextCustomizer {

        @Override
        public void customizeContext(
                org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.mongodb.uri", SharedInfrastructure.mongoUri());
            properties.put("sti.security.issuer", TestIssuer.ISSUER);
            if (kafka) {
                properties.put("spring.kafka.bootstrap-servers", SharedInfrastructure.kafkaBootstrapServers());
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("sti-shared-test-infrastructure", properties));
        }
    }
}
