package cn.wuhu.sti.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single entry point of the platform: routes {@code /api/**} to the services and, in {@code dev}, issues the
 * client-credentials tokens they accept. Its configuration file is {@code gateway.yml}, so start it with
 * {@code --spring.config.name=gateway}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static final String CONFIG_NAME = "spring.config.name=gateway";

    public static void main(String[] args) {
        new SpringApplicationBuilder(GatewayApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
