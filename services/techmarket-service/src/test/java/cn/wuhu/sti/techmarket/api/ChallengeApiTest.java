package cn.wuhu.sti.techmarket.api;

import static cn.wuhu.sti.techmarket.api.TechmarketApi.award;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.challenge;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.completion;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.created;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.reader;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class ChallengeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aKeyCoreTechnologyChallengeMayBeAwardedExactlyItsCapOfTenMillion() throws Exception {
        String challenge =
                "/api/techmarket/challenges/" + created(mvc, "/api/techmarket/challenges", challenge("KEY_CORE_TECH"));

        mvc.perform(write(challenge + "/award", award(freshUscc(), "10000000.00", "2023-05-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("AWARDED"))
                .andExpect(jsonPath("$.award.amount").value(10000000.00))
                .andExpect(jsonPath("$.cap").value(10000000));
    }

    @Test
    void oneFenAboveTheCapOfItsCategoryIs400OnAmountAndLeavesTheChallengePublished() throws Exception {
        String keyCore =
                "/api/techmarket/challenges/" + created(mvc, "/api/techmarket/challenges", challenge("KEY_CORE_TECH"));
        String major = "/api/techmarket/challenges/"
                + created(mvc, "/api/techmarket/challenges", challenge("MAJOR_ACHIEVEMENT"));
        var before = StoreSnapshot.of(mongo);

        mvc.perform(write(keyCore + "/award", award(freshUscc(), "10000000.01", "2023-05-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        mvc.perform(write(major + "/award", award(freshUscc(), "5000000.01", "2023-05-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
        mvc.perform(get(major).with(reader())).andExpect(jsonPath("$.stage").value("PUBLISHED"));
    }

    @Test
    void aChallengeIsAwardedOnceAndCompletedAfterTheAward() throws Exception {
        String challenge = "/api/techmarket/challenges/"
                + created(mvc, "/api/techmarket/challenges", challenge("MAJOR_ACHIEVEMENT"));

        mvc.perform(write(challenge + "/completion", completion("2023-04-01", "COMPLETED")))
                .andExpect(status().isConflict());
        mvc.perform(write(challenge + "/award", award(freshUscc(), "5000000", "2023-05-01")))
                .andExpect(status().isCreated());
        mvc.perform(write(challenge + "/award", award(freshUscc(), "100", "2023-05-02")))
                .andExpect(status().isConflict());
        mvc.perform(write(challenge + "/completion", completion("2024-05-01", "FAILED")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("FAILED"));

        mvc.perform(get(challenge).with(reader()))
                .andExpect(jsonPath("$.history[*].stage").value(contains("PUBLISHED", "AWARDED", "FAILED")))
                .andExpect(jsonPath("$.award.winner.name").value("芜湖芯研科技有限公司"));
        mvc.perform(get("/api/techmarket/challenges?category=MAJOR_ACHIEVEMENT&stage=FAILED&size=200")
                        .with(reader()))
                .andExpect(
                        jsonPath("$.items[*].id").value(hasItem(challenge.substring(challenge.lastIndexOf('/') + 1))));
    }
}
