package cn.wuhu.sti.reporting.fact;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.wuhu.sti.reporting.support.Scopes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks, as a holder of {@code reports:read}, for the facts behind a value ({@code /facts}) and for its split by
 * industry ({@code ?by=industry}).
 */
public final class FactsEndpoint {

    // Amounts are exact: read as written, never through a double.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A value and the facts listed behind it. */
    public record Facts(BigDecimal value, List<Listed> facts) {

        public List<String> eventIds() {
            return facts.stream().map(Listed::eventId).toList();
        }

        public BigDecimal amountsAddedUp() {
            return facts.stream().map(Listed::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Listed(
            String eventId,
            String type,
            String subject,
            String businessDate,
            String district,
            String industry,
            BigDecimal amount) {}

    record Breakdown(List<Row> rows) {}

    record Row(String key, BigDecimal value) {}

    public static Facts behind(MockMvc mvc, String code, int year) {
        return JSON.readValue(body(mvc, "/api/reports/indicators/" + code + "/facts?year=" + year), Facts.class);
    }

    public static Facts behind(MockMvc mvc, String code, int year, String district) {
        return JSON.readValue(
                body(mvc, "/api/reports/indicators/" + code + "/facts?year=" + year + "&district=" + district),
                Facts.class);
    }

    /** The city-wide value by industry, {@code UNSPECIFIED} for facts that name none. */
    public static Map<String, BigDecimal> byIndustry(MockMvc mvc, String code, int year) {
        Breakdown breakdown = JSON.readValue(
                body(mvc, "/api/reports/indicators/" + code + "?year=" + year + "&by=industry"), Breakdown.class);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        breakdown.rows().forEach(row -> values.put(row.key(), row.value()));
        return values;
    }

    public static BigDecimal total(Map<String, BigDecimal> byIndustry) {
        return byIndustry.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static byte[] body(MockMvc mvc, String uri) {
        try {
            MvcResult result = mvc.perform(get(uri).with(Scopes.READER)).andReturn();
            if (result.getResponse().getStatus() != 200) {
                throw new AssertionError(
                        uri + " answered " + result.getResponse().getStatus() + ": "
                                + result.getResponse().getContentAsString());
            }
            return result.getResponse().getContentAsByteArray();
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private FactsEndpoint() {}
}
