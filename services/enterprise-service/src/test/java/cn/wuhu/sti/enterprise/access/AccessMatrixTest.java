package cn.wuhu.sti.enterprise.access;

import cn.wuhu.sti.test.UseSharedInfrastructure;
import cn.wuhu.sti.test.access.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

// Same annotations as EnterpriseApiTest, so the Spring context is reused rather than started again.
@SpringBootTest(args = {"--spring.config.name=enterprise-service", "--sti.outbox.auto-startup=false"})
@AutoConfigureMockMvc
@UseSharedInfrastructure
class AccessMatrixTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointIsOpenScopedOrRefusedAsTheContractSays() {
        AccessMatrix.forService("enterprise-service", context)
                .api("/api/enterprises", "enterprise")
                .walk();
    }
}
