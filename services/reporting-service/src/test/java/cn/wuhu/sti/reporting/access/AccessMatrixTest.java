package cn.wuhu.sti.reporting.access;

import cn.wuhu.sti.reporting.support.ReportingServiceTest;
import cn.wuhu.sti.test.access.AccessMatrix;
import cn.wuhu.sti.test.access.MappedEndpoints;
import cn.wuhu.sti.test.access.TestIssuer;
import cn.wuhu.sti.test.access.Transports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@ReportingServiceTest
class AccessMatrixTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointIsOpenScopedOrRefusedAsTheContractSays() {
        AccessMatrix.forService("reporting-service", MappedEndpoints.of(context))
                .api("/api/reports", "reports")
                .walk(Transports.throughTheSecurityFilterChain(context), TestIssuer.tokens());
    }
}
