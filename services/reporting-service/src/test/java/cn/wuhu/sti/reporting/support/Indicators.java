package cn.wuhu.sti.reporting.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks the indicator endpoint, as a holder of {@code reports:read}, and reads the values by code. */
public final class Indicators {

    // Amounts are exact: read as written, never through a double.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public static Map<String, BigDecimal> of(MockMvc mvc, int year) {
        return query(mvc, "/api/reports/indicators?year=" + year);
    }

    public static Map<String, BigDecimal> of(MockMvc mvc, int year, String district) {
        return query(mvc, "/api/reports/indicators?year=" + year + "&district=" + district);
    }

    private static Map<String, BigDecimal> query(MockMvc mvc, String uri) {
        try {
            MvcResult result = mvc.perform(get(uri).with(Scopes.READER)).andReturn();
            if (result.getResponse().getStatus() != 200) {
                throw new AssertionError(
                        uri + " answered " + result.getResponse().getStatus() + ": "
                                + result.getResponse().getContentAsString());
            }
            JsonNode body = JSON.readTree(result.getResponse().getContentAsByteArray());
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            body.get("indicators")
                    .forEach(i ->
                            values.put(i.get("code").asString(), i.get("value").decimalValue()));
            return values;
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    public static long count(Map<String, BigDecimal> indicators, String code) {
        return indicators.get(code).longValueExact();
    }

    private Indicators() {}
}
