package cn.wuhu.sti.reporting.indicator;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Scopes.READER;
import static cn.wuhu.sti.reporting.support.Scopes.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One code by district and across years, targets against actuals, and the catalogue: over high-tech recognitions of
 * {@value #YEAR} (a year no other test uses) in three districts: 3 in JINGHU, 2 in WHTZ, 1 in WUWEI.
 */
@ServiceTest
class IndicatorQueriesTest {

    private static final int YEAR = 1996;
    private static final String CODE = "enterprise.hightech.new";

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorQuery query;

    @BeforeAll
    static void recognitionsIn(@Autowired MockMvc mvc) {
        Map.of(District.JINGHU, 3, District.WHTZ, 2, District.WUWEI, 1).forEach((district, firms) -> {
            for (int i = 0; i < firms; i++) {
                publisher.send(TopicPublisher.asCloudEvent(highTechWithinYear(uniqueUscc(), district, YEAR)));
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> Indicators.count(Indicators.of(mvc, YEAR), CODE) == 6);
    }

    @Test
    void theDistrictRankingPutsTheMostFirstAndAddsUpToTheCity() throws Exception {
        mvc.perform(get("/api/reports/indicators/" + CODE)
                        .param("year", "" + YEAR)
                        .param("by", "district")
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(CODE))
                .andExpect(jsonPath("$.rows.length()").value(District.values().length))
                .andExpect(jsonPath("$.rows[0].key").value("JINGHU"))
                .andExpect(jsonPath("$.rows[0].value").value(3))
                .andExpect(jsonPath("$.rows[1].key").value("WHTZ"))
                .andExpect(jsonPath("$.rows[2].key").value("WUWEI"))
                .andExpect(jsonPath("$.rows[3].value").value(0));

        BigDecimal sum = query.byDistrict(CODE, YEAR).stream()
                .map(IndicatorQuery.Row::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum)
                .isEqualByComparingTo(query.of(CODE, YEAR, java.util.Optional.empty())
                        .orElseThrow()
                        .value());
    }

    @Test
    void everyCountingCodeSplitsOverTheDistrictsIntoTheCitysFigure() {
        for (var indicator : query.of(YEAR, java.util.Optional.empty())) {
            var rows = query.byDistrict(indicator.code(), YEAR);
            if (rows.isEmpty() || indicator.unit().equals(Indicator.PERCENT)) {
                continue; // city-wide only, or a ratio: a ratio of the city is no sum of its districts'
            }
            BigDecimal sum = rows.stream().map(IndicatorQuery.Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(indicator.code()).isEqualByComparingTo(indicator.value());
        }
    }

    @Test
    void theSeriesGivesEachYearWithItsChangeOnTheYearBefore() throws Exception {
        mvc.perform(get("/api/reports/indicators/" + CODE + "/series")
                        .param("from", "" + (YEAR - 1))
                        .param("to", "" + (YEAR + 1))
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(3))
                .andExpect(jsonPath("$.points[0].value").value(0))
                .andExpect(jsonPath("$.points[1].year").value(YEAR))
                .andExpect(jsonPath("$.points[1].value").value(6))
                .andExpect(jsonPath("$.points[1].change").value(6))
                .andExpect(jsonPath("$.points[1].yoy").doesNotExist())
                .andExpect(jsonPath("$.points[2].change").value(-6))
                .andExpect(jsonPath("$.points[2].yoy").value(-100.00));
        mvc.perform(get("/api/reports/indicators/" + CODE + "/series")
                        .param("from", "2024")
                        .param("to", "2020")
                        .with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void aTargetGivesTheIndicatorItsTargetAndProgress() throws Exception {
        mvc.perform(put("/api/reports/targets/" + YEAR)
                        .with(WRITER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":{\"" + CODE + "\":8,\"talent.teams.landed\":100}}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/reports/indicators/" + CODE)
                        .param("year", "" + YEAR)
                        .with(READER))
                .andExpect(jsonPath("$.value").value(6))
                .andExpect(jsonPath("$.target").value(8))
                .andExpect(jsonPath("$.progress").value(75.00));
        mvc.perform(get("/api/reports/targets/" + YEAR).with(READER))
                .andExpect(jsonPath("$.targets['talent.teams.landed']").value(100));
        mvc.perform(get("/api/reports/indicators")
                        .param("year", "" + (YEAR + 1))
                        .with(READER))
                .andExpect(jsonPath("$.indicators[0].target").doesNotExist());
    }

    @Test
    void aTargetForAnUnknownCodeOrBelowZeroIs400NamingItAndStoresNothing() throws Exception {
        mvc.perform(put("/api/reports/targets/" + (YEAR + 2))
                        .with(WRITER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":{\"talent.teams.landed\":5,\"talent.unicorns\":3}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets.talent.unicorns"));
        mvc.perform(put("/api/reports/targets/" + (YEAR + 2))
                        .with(WRITER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":{\"talent.teams.landed\":-1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets.talent.teams.landed"));
        mvc.perform(get("/api/reports/targets/" + (YEAR + 2)).with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void theCatalogueDescribesEveryAnsweredCodeAndEveryCodeOfTheContractIsAnswered() throws Exception {
        Set<String> answered = query.codes().stream()
                .map(IndicatorCode.Definition::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(query.of(2023, java.util.Optional.empty()))
                .extracting(Indicator::code)
                .as("a year without statistics leaves out only the statistics codes")
                .allMatch(answered::contains);

        mvc.perform(get("/api/reports/catalogue").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.length()").value(answered.size()))
                .andExpect(jsonPath("$.indicators[?(@.code == '" + CODE + "')].kind")
                        .value(hasItem("FLOW")))
                .andExpect(jsonPath("$.indicators[?(@.code == 'enterprise.hightech.total')].kind")
                        .value(hasItem("STOCK")))
                .andExpect(jsonPath("$.indicators[?(@.code == '" + CODE + "')].sources[0]")
                        .value(hasItem("sti.enterprise.v1")));
        assertThat(answered).containsAll(contractCodes());
        assertThat(docsTableCodes()).containsExactlyInAnyOrderElementsOf(answered);
        mvc.perform(get("/api/reports/indicators/no.such.code")
                        .param("year", "2023")
                        .with(READER))
                .andExpect(status().isNotFound());
    }

    private static Set<String> contractCodes() throws IOException {
        try (var in = IndicatorQueriesTest.class.getResourceAsStream("/contract-indicator-codes.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        }
    }

    /** The codes of the "Indicator codes" table in docs/api.md, which must describe exactly what is answered. */
    private static Set<String> docsTableCodes() throws IOException {
        String api = Files.readString(Path.of("../../docs/api.md"));
        var row = Pattern.compile("^\\| `([a-z]+\\.[a-z.]+)` \\|", Pattern.MULTILINE)
                .matcher(api);
        Set<String> codes = new LinkedHashSet<>();
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }
}
