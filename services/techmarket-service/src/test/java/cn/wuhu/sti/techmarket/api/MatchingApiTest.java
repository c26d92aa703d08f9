package cn.wuhu.sti.techmarket.api;

import static cn.wuhu.sti.techmarket.api.TechmarketApi.achievement;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.created;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.demand;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.match;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.reader;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class MatchingApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPublishedAchievementAndDemandAreFoundByIdAndListedByIndustryAndYear() throws Exception {
        String achievement = created(mvc, "/api/techmarket/achievements", """
                {"title":"高精度减速器","owner":"芜湖某机器人公司","industry":"ROBOTICS","publishedOn":"2023-05-01",
                 "description":"工业机器人用RV减速器","district":"JIUJIANG"}""");
        String uscc = freshUscc();
        String demand = created(mvc, "/api/techmarket/demands", demand("机器人关节需求", uscc, "ROBOTICS"));

        mvc.perform(get("/api/techmarket/achievements/" + achievement).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("工业机器人用RV减速器"))
                .andExpect(jsonPath("$.district").value("JIUJIANG"));
        mvc.perform(get("/api/techmarket/demands/" + demand).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterpriseUscc").value(uscc))
                .andExpect(jsonPath("$.description").doesNotExist());
        mvc.perform(get("/api/techmarket/achievements?industry=ROBOTICS&year=2023&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(achievement)));
        mvc.perform(get("/api/techmarket/demands?industry=ROBOTICS&size=200").with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(demand)));
    }

    @Test
    void aPairIsMatchedOnceAndTheSecondMatchIs409StoringNothing() throws Exception {
        String achievement = created(mvc, "/api/techmarket/achievements", achievement("工业视觉检测系统", "AI"));
        String demand = created(mvc, "/api/techmarket/demands", demand("产线缺陷检测需求", freshUscc(), "AI"));

        String id = created(mvc, "/api/techmarket/matches", match(achievement, demand, "2023-04-01"));
        mvc.perform(get("/api/techmarket/matches/" + id).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.achievementId").value(achievement))
                .andExpect(jsonPath("$.demandId").value(demand));
        var before = StoreSnapshot.of(mongo);

        mvc.perform(write("/api/techmarket/matches", match(achievement, demand, "2023-05-01")))
                .andExpect(status().isConflict());

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
        mvc.perform(get("/api/techmarket/matches?demandId=" + demand).with(reader()))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void aMatchOfAnUnknownAchievementOrDemandIs404() throws Exception {
        String achievement = created(mvc, "/api/techmarket/achievements", achievement("工业视觉检测系统", "AI"));
        String demand = created(mvc, "/api/techmarket/demands", demand("产线缺陷检测需求", freshUscc(), "AI"));
        var before = StoreSnapshot.of(mongo);

        mvc.perform(write("/api/techmarket/matches", match(unknownId(), demand, "2023-04-01")))
                .andExpect(status().isNotFound());
        mvc.perform(write("/api/techmarket/matches", match(achievement, unknownId(), "2023-04-01")))
                .andExpect(status().isNotFound());

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    @Test
    void aMatchDatedBeforeBothWerePublishedIs400NamingMatchedOn() throws Exception {
        String achievement = created(mvc, "/api/techmarket/achievements", achievement("工业视觉检测系统", "AI"));
        String demand = created(mvc, "/api/techmarket/demands", demand("产线缺陷检测需求", freshUscc(), "AI"));

        mvc.perform(write("/api/techmarket/matches", match(achievement, demand, "2023-03-02")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("matchedOn")));
    }

    @Test
    void aMatchCreateAnswersWithTheLocationOfThePairsMatch() throws Exception {
        String achievement = created(mvc, "/api/techmarket/achievements", achievement("工业视觉检测系统", "AI"));
        String demand = created(mvc, "/api/techmarket/demands", demand("产线缺陷检测需求", freshUscc(), "AI"));

        mvc.perform(write("/api/techmarket/matches", match(achievement, demand, "2023-04-01")))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location",
                                "/api/techmarket/matches/"
                                        + cn.wuhu.sti.techmarket.matching.model.Match.idOf(achievement, demand)));
    }
}
