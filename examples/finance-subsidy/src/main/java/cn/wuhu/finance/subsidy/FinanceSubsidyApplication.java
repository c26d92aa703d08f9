package cn.wuhu.finance.subsidy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The finance bureau's subsidy system (财政局 政策补贴), as a subscriber of the platform's enterprise events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FinanceSubsidyApplication {

    public static void main(String[] args) {
        SpringApplication.run(FinanceSubsidyApplication.class, args);
    }
}
