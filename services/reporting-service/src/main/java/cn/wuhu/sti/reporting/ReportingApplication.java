package cn.wuhu.sti.reporting;

import cn.wuhu.sti.web.service.ContextService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The indicator system: read models fed by the contexts' topics, and the indicator queries over them. */
@SpringBootApplication
@ContextService(value = ReportingApplication.CONFIG_NAME, scope = "reports", api = "/api/reports")
public class ReportingApplication {

    public static final String CONFIG_NAME = "reporting-service";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as the launcher starts it, beside the other services. */
    public static SpringApplication application() {
        return new SpringApplication(ReportingApplication.class);
    }
}
