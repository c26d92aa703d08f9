package cn.wuhu.sti.parks;

import cn.wuhu.sti.web.service.ContextService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Innovation parks (创新园区), one industry one park: their lifecycle, tenants and occupancy; incubation carriers,
 * innovation platforms and the dispatch meetings held on the parks.
 */
@SpringBootApplication
@ContextService(value = ParksApplication.CONFIG_NAME, scope = "parks", api = "/api/parks")
public class ParksApplication {

    public static final String CONFIG_NAME = "parks-service";

    public static void main(String[] args) {
        SpringApplication.run(ParksApplication.class, args);
    }
}
