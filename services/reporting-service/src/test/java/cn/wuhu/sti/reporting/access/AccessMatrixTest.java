package cn.wuhu.sti.reporting.access;

import cn.wuhu.sti.reporting.support.ReportingServiceTest;
import cn.wuhu.sti.test.access.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@ReportingServiceTest
class AccessMatrixTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointIsOpenScopedOrRefusedAsTheContractSays() {
        AccessMatrix.forService("reporting-service", context)
                .api("/api/reports", "reports")
                .walk();
    }
}
