package cn.wuhu.sti.reporting.benchmark;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.registered;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Scopes.READER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.enterprise.model.SourceEvent;
import cn.wuhu.sti.reporting.enterprise.readmodel.FirmReadModel;
import cn.wuhu.sti.reporting.rebuild.ReadModelVersion;
import cn.wuhu.sti.test.service.ServiceTest;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long {@code GET /api/reports/indicators?year=} takes over 10,000 and 100,000 firms: the first answer after the
 * read models moved (computed over every firm) and the answers after it (kept until they move again). A benchmark
 * that prints figures; run it with
 * {@code ./mvnw -pl services/reporting-service -am verify -Dtest=IndicatorQueryBenchmarkTest -Dsti.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "sti.benchmark", matches = "true")
class IndicatorQueryBenchmarkTest {

    private static final int READS = 200;

    @Autowired
    MockMvc mvc;

    @Autowired
    FirmReadModel firms;

    @Autowired
    ReadModelVersion version;

    @Test
    void indicatorQueryAtTenThousandAndAHundredThousandFirms() throws Exception {
        int loaded = 0;
        for (int size : new int[] {10_000, 100_000}) {
            long started = System.nanoTime();
            for (; loaded < size; loaded++) {
                String uscc = uniqueUscc();
                District district = District.values()[loaded % District.values().length];
                firms.apply(registered(uscc, district), source("registered"));
                firms.apply(highTechWithinYear(uscc, district, 1980), source("recognized"));
            }
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            version.bump();

            long cold = timed();
            long[] warm = new long[READS];
            for (int i = 0; i < READS; i++) {
                warm[i] = timed();
            }
            Arrays.sort(warm);
            String changed = uniqueUscc();
            firms.apply(registered(changed, District.WUWEI), source("registered"));
            firms.apply(highTechWithinYear(changed, District.WUWEI, 1980), source("recognized"));
            loaded++;
            version.bump();
            long afterOneChange = timed();
            System.out.printf(
                    "indicator query at %,d firms (loaded in %.1f s): first answer after the load %.1f ms;"
                            + " then p50 %.2f ms, p99 %.2f ms over %d reads; first answer after one more firm"
                            + " changed %.1f ms%n",
                    size,
                    loadSeconds,
                    cold / 1e6,
                    warm[READS / 2] / 1e6,
                    warm[READS * 99 / 100] / 1e6,
                    READS,
                    afterOneChange / 1e6);
            assertThat(cold).isPositive();
        }
    }

    private long timed() throws Exception {
        long started = System.nanoTime();
        String body = mvc.perform(get("/api/reports/indicators?year=1980").with(READER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long took = System.nanoTime() - started;
        assertThat(body).contains("enterprise.hightech.new");
        return took;
    }

    private static SourceEvent source(String type) {
        return new SourceEvent(UUID.randomUUID().toString(), "cn.wuhu.sti.enterprise." + type + ".v1");
    }
}
