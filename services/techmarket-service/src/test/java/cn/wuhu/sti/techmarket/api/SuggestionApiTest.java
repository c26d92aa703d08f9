package cn.wuhu.sti.techmarket.api;

import static cn.wuhu.sti.techmarket.api.TechmarketApi.created;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.demand;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.reader;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Suggestions rank achievements for a demand by the Chinese text of their titles and descriptions, with a bonus for
 * the demand's industry. Other tests publish achievements into the same index, so each test here asks about its own
 * and compares their places.
 */
@ServiceTest
class SuggestionApiTest {

    private static final String BATTERY_DEMAND = "新能源汽车动力电池热管理技术需求";

    @Autowired
    MockMvc mvc;

    @Test
    void aRelevantAchievementRanksAboveAnUnrelatedOneAndScoresDescend() throws Exception {
        String relevant = published("动力电池液冷热管理系统", "ENERGY_STORAGE", "基于液冷板的电池包温度均衡控制");
        String unrelated = published("中药材种植技术", "NEV_ICV", "皖南道地药材的规范化种植");
        String demand = created(mvc, "/api/techmarket/demands", demand(BATTERY_DEMAND, freshUscc(), "NEV_ICV"));

        String answer = suggestions(demand, 50);

        List<String> ids = JsonPath.read(answer, "$.items[*].id");
        assertThat(ids).contains(relevant, unrelated);
        assertThat(ids.indexOf(relevant)).isLessThan(ids.indexOf(unrelated));
        List<Number> scores = JsonPath.read(answer, "$.items[*].score");
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b.doubleValue(), a.doubleValue()));
    }

    @Test
    void ofTwoAchievementsWithTheSameTextTheOneInTheDemandsIndustryRanksHigher() throws Exception {
        String title = "电机控制器碳化硅功率模块封装";
        String otherIndustry = published(title, "SEMI_3G", null);
        String sameIndustry = published(title, "LOW_ALTITUDE", null);
        String demand = created(mvc, "/api/techmarket/demands", demand("无人机电机控制器碳化硅模块需求", freshUscc(), "LOW_ALTITUDE"));

        String answer = suggestions(demand, 50);

        List<String> ids = JsonPath.read(answer, "$.items[*].id");
        assertThat(ids.indexOf(sameIndustry)).isNotNegative().isLessThan(ids.indexOf(otherIndustry));
        assertThat(scoreOf(answer, sameIndustry)).isGreaterThan(scoreOf(answer, otherIndustry));
    }

    @Test
    void theTopTenAreAnsweredUnlessAskedAndNoMoreThanFiftyAPage() throws Exception {
        for (int i = 0; i < 11; i++) {
            published("氢燃料电池电堆双极板第" + i + "代", "NEW_ENERGY", null);
        }
        String demand = created(mvc, "/api/techmarket/demands", demand("氢燃料电池双极板需求", freshUscc(), "NEW_ENERGY"));

        mvc.perform(get("/api/techmarket/demands/" + demand + "/suggestions").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.size").value(10));
        mvc.perform(get("/api/techmarket/demands/" + demand + "/suggestions?size=5&page=1")
                        .with(reader()))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/techmarket/demands/" + demand + "/suggestions?size=51")
                        .with(reader()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void suggestionsForAnUnknownDemandAre404() throws Exception {
        mvc.perform(get("/api/techmarket/demands/" + unknownId() + "/suggestions")
                        .with(reader()))
                .andExpect(status().isNotFound());
    }

    private String published(String title, String industry, String description) throws Exception {
        String body = description == null
                ? "{\"title\":\"%s\",\"owner\":\"安徽工程大学\",\"industry\":\"%s\",\"publishedOn\":\"2023-03-01\"}"
                        .formatted(title, industry)
                : ("{\"title\":\"%s\",\"owner\":\"安徽工程大学\",\"industry\":\"%s\",\"publishedOn\":\"2023-03-01\","
                                + "\"description\":\"%s\"}")
                        .formatted(title, industry, description);
        return created(mvc, "/api/techmarket/achievements", body);
    }

    private static double scoreOf(String answer, String achievement) {
        List<Number> scores = JsonPath.read(answer, "$.items[?(@.id == '" + achievement + "')].score");
        return scores.get(0).doubleValue();
    }

    private String suggestions(String demand, int size) throws Exception {
        return mvc.perform(get("/api/techmarket/demands/" + demand + "/suggestions?size=" + size)
                        .with(reader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
