package cn.wuhu.sti.enterprise;

import cn.wuhu.sti.web.service.ContextService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Enterprise tiering (企业梯度培育): the register of firms, their recognitions and their annual R&amp;D reports. */
@SpringBootApplication
@ContextService(value = EnterpriseApplication.CONFIG_NAME, scope = "enterprise", api = "/api/enterprises")
public class EnterpriseApplication {

    public static final String CONFIG_NAME = "enterprise-service";

    public static void main(String[] args) {
        SpringApplication.run(EnterpriseApplication.class, args);
    }
}
