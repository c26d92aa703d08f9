package cn.wuhu.sti.web.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/** The shared defaults sit below what a service and its operator say. */
class ServiceDefaultsTest {

    @Configuration(proxyBeanMethods = false)
    @ContextService(value = "defaults-probe", scope = "probe", api = "/api/probe")
    static class Probe {}

    @Test
    void theServicesOwnFileWinsOverASharedDefaultAndTheRestOfTheDefaultsApply() {
        try (var context = new SpringApplicationBuilder(Probe.class)
                .web(WebApplicationType.NONE)
                .run()) {
            var environment = context.getEnvironment();

            assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
            assertThat(environment.getProperty("spring.application.name")).isEqualTo("defaults-probe");
            assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                    .isEqualTo("health,info,prometheus");
            assertThat(environment.getProperty(ServiceDefaults.API)).isEqualTo("/api/probe");
        }
    }

    @Test
    void theCommandLineWinsOverBoth() {
        try (var context = new SpringApplicationBuilder(Probe.class)
                .web(WebApplicationType.NONE)
                .run("--server.shutdown=graceful", "--spring.threads.virtual.enabled=true")) {
            assertThat(context.getEnvironment().getProperty("server.shutdown")).isEqualTo("graceful");
            assertThat(context.getEnvironment().getProperty("spring.threads.virtual.enabled"))
                    .isEqualTo("true");
        }
    }
}
