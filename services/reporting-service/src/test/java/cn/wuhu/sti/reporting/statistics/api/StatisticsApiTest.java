package cn.wuhu.sti.reporting.statistics.api;

import static cn.wuhu.sti.test.service.Callers.reader;
import static cn.wuhu.sti.test.service.Callers.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.EventCodec;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.statistics.StatisticsReported;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The statistics bureau's reports through the API: recorded, published to {@code sti.statistics.v1} keyed by the
 * year, read back by reporting's own listener into the indicators. Each test owns its year.
 */
@ServiceTest
class StatisticsApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TopicProbe topic = TopicProbe.onTheSharedBroker(Topics.STATISTICS);

    @Autowired
    MockMvc mvc;

    @Test
    void aReportIsAnsweredWithItsLocationAndIdAndPublishedKeyedByItsYear() throws Exception {
        report(2031, "430000000000", "14964000000", "7305680000")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/reports/statistics/2031"))
                .andExpect(jsonPath("$.id").value("2031"))
                .andExpect(jsonPath("$.year").value(2031))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.rdIntensity").value(3.48));

        var record = topic.awaitRecord("2031");

        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("cn.wuhu.sti.statistics.statistics-reported.v1");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo("2031");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/sti/reporting-service");
        assertThat(EventCodec.fromJson(TopicProbe.header(record, "ce_type"), record.value()))
                .isEqualTo(new StatisticsReported(
                        2031,
                        1,
                        new BigDecimal("430000000000.00"),
                        new BigDecimal("14964000000.00"),
                        new BigDecimal("7305680000.00")));
        mvc.perform(get("/api/reports/statistics/2031").with(reader("reports")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.gdp").value(430000000000.00));
    }

    @Test
    void theSeedsFiguresOf2023ReachTheIndicatorsThroughTheBroker() throws Exception {
        report(2023, "450500000000", "16940000000", "7820000000").andExpect(status().isCreated());

        await().atMost(PATIENCE).until(() -> Indicators.of(mvc, 2023).containsKey("rd.intensity"));
        Map<String, BigDecimal> city = Indicators.of(mvc, 2023);
        assertThat(city.get("rd.intensity")).isEqualTo(new BigDecimal("3.76"));
        assertThat(city.get("stats.rd.expenditure.amount")).isEqualByComparingTo("16940000000");
        assertThat(city.get("stats.gdp.amount")).isEqualByComparingTo("450500000000");
        assertThat(city.get("stats.fiscal.sti.amount")).isEqualByComparingTo("7820000000");
        assertThat(Indicators.of(mvc, 2023, "WUWEI"))
                .doesNotContainKeys(
                        "rd.intensity", "stats.rd.expenditure.amount", "stats.gdp.amount", "stats.fiscal.sti.amount");
    }

    @Test
    void aLaterReportOfTheYearIsItsNextRevisionAndSupersedesTheEarlier() throws Exception {
        report(2032, "100000", "3000", "10").andExpect(status().isCreated());
        report(2032, "100000", "3755", "20")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.rdIntensity").value(3.76));

        assertThat(topic.awaitRecords("2032", 2))
                .extracting(r -> ((StatisticsReported) EventCodec.fromJson(TopicProbe.header(r, "ce_type"), r.value()))
                        .revision())
                .containsExactly(1, 2);
        await().atMost(PATIENCE)
                .until(() ->
                        new BigDecimal("3.76").equals(Indicators.of(mvc, 2032).get("rd.intensity")));
        assertThat(Indicators.of(mvc, 2032).get("stats.fiscal.sti.amount")).isEqualByComparingTo("20");
        mvc.perform(get("/api/reports/statistics/2032").with(reader("reports")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.fiscalStiSpending").value(20.0));
    }

    @Test
    void aYearNobodyReportedAnswersNoneOfTheStatisticsIndicatorsAndIsNotFound() throws Exception {
        assertThat(Indicators.of(mvc, 1991))
                .containsKey("talent.teams.landed")
                .doesNotContainKeys("rd.intensity", "stats.gdp.amount");
        mvc.perform(get("/api/reports/statistics/1991").with(reader("reports"))).andExpect(status().isNotFound());
    }

    @Test
    void theListNamesEveryYearReported() throws Exception {
        report(2033, "1000", "10", "1").andExpect(status().isCreated());

        mvc.perform(get("/api/reports/statistics").param("size", "200").with(reader("reports")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].year", hasItem(2033)))
                .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(1)));
    }

    @Test
    void aReaderMayNotReport() throws Exception {
        mvc.perform(post("/api/reports/statistics")
                        .with(reader("reports"))
                        .contentType("application/json")
                        .content(body(2034, "1000", "10", "1")))
                .andExpect(status().isForbidden());
    }

    private ResultActions report(int year, String gdp, String rd, String fiscal) throws Exception {
        return mvc.perform(written("reports", post("/api/reports/statistics"), body(year, gdp, rd, fiscal)));
    }

    static String body(int year, String gdp, String rd, String fiscal) {
        return "{\"year\":%d,\"gdp\":%s,\"rdExpenditure\":%s,\"fiscalStiSpending\":%s}"
                .formatted(year, gdp, rd, fiscal);
    }
}
