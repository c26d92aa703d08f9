package cn.wuhu.sti.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The indicator system: read models fed by the contexts' topics, and the indicator queries over them. */
@SpringBootApplication
public class ReportingApplication {

    /** Several services share one JVM in the local launcher, so each reads its own configuration file. */
    public static final String CONFIG_NAME = "reporting-service";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as the launcher starts it, beside the other services. */
    public static SpringApplication application() {
        return new SpringApplicationBuilder(ReportingApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .build();
    }
}
