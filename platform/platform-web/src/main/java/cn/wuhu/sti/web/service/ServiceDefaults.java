package cn.wuhu.sti.web.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives a {@link ContextService} its name and the settings every service shares ({@code sti-service-defaults.yml})
 * as Boot's default properties, below every other property source: the service's own file, a profile, an operator's
 * {@code config/} file, the environment and the command line all win. Runs
 * before Boot loads the configuration files, so the name it sets decides which file that is.
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "sti-service-defaults.yml";
    public static final String SCOPE = "sti.service.scope";
    public static final String API = "sti.service.api";

    ServiceDefaults() {}

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ContextService service = application.getAllSources().stream()
                .filter(Class.class::isInstance)
                .map(source -> AnnotatedElementUtils.findMergedAnnotation((Class<?>) source, ContextService.class))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (service == null) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.config.name", service.value());
        defaults.put("spring.application.name", service.value());
        defaults.put(SCOPE, service.scope());
        defaults.put(API, service.api());
        try {
            for (PropertySource<?> yaml :
                    new YamlPropertySourceLoader().load(DEFAULTS, new ClassPathResource(DEFAULTS))) {
                if (yaml instanceof EnumerablePropertySource<?> enumerable) {
                    for (String name : enumerable.getPropertyNames()) {
                        defaults.putIfAbsent(name, enumerable.getProperty(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
        // Boot's default properties: read while the configuration files are found (so the name picks the file), and
        // kept below every file, profile, environment variable and argument once they are loaded.
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
    }

    /** Before {@code ConfigDataEnvironmentPostProcessor}, which reads {@code spring.config.name}. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
