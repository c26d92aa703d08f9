package cn.wuhu.sti.reporting.statistics.api;

import static cn.wuhu.sti.reporting.statistics.api.StatisticsApiTest.body;
import static cn.wuhu.sti.test.service.Callers.writer;
import static cn.wuhu.sti.test.service.Callers.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.BadInput;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Malformed, truncated, wrongly typed, out-of-range and oversized reports: each is refused with a 400 problem naming
 * the field, and nothing is stored or queued for publication.
 */
@ServiceTest
class StatisticsBadInputTest {

    private static final String STATISTICS = "/api/reports/statistics";
    private static final String VALID = body(2035, "450500000000.00", "16940000000", "7820000000");

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    /**
     * The snapshot compares every collection, read models included: wait until events of earlier tests have been
     * read, so only a write of this test could change it.
     */
    @BeforeEach
    void storeAtRest() {
        var last = new AtomicReference<Map<String, Long>>(Map.of());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> last.getAndSet(StoreSnapshot.of(mongo)).equals(last.get()));
    }

    @Test
    void everyBadBodyIsRefusedAndNothingIsStored() {
        BadInput.of(context).tries(100).refusedAt(STATISTICS, VALID, writer("reports"));
    }

    @Test
    void everyMissingFieldIsRefusedNamingIt() throws Exception {
        for (String field : new String[] {"year", "gdp", "rdExpenditure", "fiscalStiSpending"}) {
            BadInput.of(context).refusedWithout(STATISTICS, VALID, field, writer("reports"));
        }
    }

    @Test
    void figuresOutOfTheirRangesAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        var before = StoreSnapshot.of(mongo);

        refused(body(1989, "1000", "10", "1"), "year");
        refused(body(2101, "1000", "10", "1"), "year");
        refused(body(2035, "0", "0", "1"), "gdp");
        refused(body(2035, "-1000", "0", "1"), "gdp");
        refused(body(2035, "1000", "-0.01", "1"), "rdExpenditure");
        refused(body(2035, "1000", "1000.01", "1"), "rdExpenditure");
        refused(body(2035, "1000", "10", "-1"), "fiscalStiSpending");
        refused(body(2035, "1000.001", "10", "1"), "gdp");
        refused(body(2035, "1000", "10", "0.125"), "fiscalStiSpending");
        refused(body(2035, "1234567890123456", "10", "1"), "gdp");

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    private void refused(String body, String field) throws Exception {
        mvc.perform(written("reports", post(STATISTICS), body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
