package cn.wuhu.sti.techmarket;

import cn.wuhu.sti.web.service.ContextService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The technology market (科技大市场): registered technology contracts, achievements and demands with their matches,
 * open-competition challenges, scenario innovation, programme projects and matchmaking activities.
 */
@SpringBootApplication
@ContextService(value = TechmarketApplication.CONFIG_NAME, scope = "techmarket", api = "/api/techmarket")
public class TechmarketApplication {

    public static final String CONFIG_NAME = "techmarket-service";

    public static void main(String[] args) {
        SpringApplication.run(TechmarketApplication.class, args);
    }
}
