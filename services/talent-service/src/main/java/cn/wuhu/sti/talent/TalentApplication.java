package cn.wuhu.sti.talent;

import cn.wuhu.sti.web.service.ContextService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Talent attraction (招才引智): high-level talent teams, the S&amp;T venture fund's project library and innovation
 * enclaves.
 */
@SpringBootApplication
@ContextService(value = TalentApplication.CONFIG_NAME, scope = "talent", api = "/api/talent")
public class TalentApplication {

    public static final String CONFIG_NAME = "talent-service";

    public static void main(String[] args) {
        SpringApplication.run(TalentApplication.class, args);
    }
}
