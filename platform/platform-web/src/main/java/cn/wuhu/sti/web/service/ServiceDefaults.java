package cn.wuhu.sti.web.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives a {@link ContextService} its name and the settings every service shares ({@code sti-service-defaults.yml}),
 * below every other property source so the service's own file, the command line and the environment win. Runs
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
        var sources = environment.getPropertySources();
        sources.addLast(new MapPropertySource(
                "sti-context-service",
                Map.of(
                        "spring.config.name",
                        service.value(),
                        "spring.application.name",
                        service.value(),
                        SCOPE,
                        service.scope(),
                        API,
                        service.api())));
        try {
            new YamlPropertySourceLoader()
                    .load(DEFAULTS, new ClassPathResource(DEFAULTS))
                    .forEach(sources::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }

    /** Before {@code ConfigDataEnvironmentPostProcessor}, which reads {@code spring.config.name}. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
