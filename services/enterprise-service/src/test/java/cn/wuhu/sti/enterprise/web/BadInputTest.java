package cn.wuhu.sti.enterprise.web;

import static cn.wuhu.sti.enterprise.web.EnterpriseApi.annualReport;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.recognition;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.registration;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.write;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.writer;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.BadInput;
import cn.wuhu.sti.test.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hundreds of malformed, truncated, wrongly typed and oversized bodies at every POST of the service: each is refused
 * with a 4xx problem, and nothing is stored or queued for publication.
 */
@ServiceTest(properties = "sti.outbox.auto-startup=false")
class BadInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void registeringRefusesEveryBadBodyAndStoresNothing() {
        BadInput.of(context).refusedAt("/api/enterprises", registration(freshUscc(), "JINGHU"), writer());
    }

    @Test
    void recordingARecognitionRefusesEveryBadBodyAndStoresNothing() throws Exception {
        BadInput.of(context)
                .refusedAt(
                        "/api/enterprises/" + registered() + "/recognitions",
                        recognition("GR-2023-0001", "2023-01-01", "2025-12-31"),
                        writer());
    }

    @Test
    void filingAnAnnualReportRefusesEveryBadBodyAndStoresNothing() throws Exception {
        BadInput.of(context)
                .refusedAt(
                        "/api/enterprises/" + registered() + "/annual-reports",
                        annualReport(2023, "1200000.50"),
                        writer());
    }

    private String registered() throws Exception {
        String uscc = freshUscc();
        mvc.perform(write(post("/api/enterprises"), registration(uscc, "WHTZ"))).andExpect(status().isCreated());
        return uscc;
    }
}
