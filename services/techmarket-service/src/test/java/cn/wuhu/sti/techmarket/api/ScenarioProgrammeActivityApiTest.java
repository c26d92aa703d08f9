package cn.wuhu.sti.techmarket.api;

import static cn.wuhu.sti.techmarket.api.TechmarketApi.activity;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.created;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.landing;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.programmeProject;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.reader;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.scenario;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import java.math.BigDecimal;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class ScenarioProgrammeActivityApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aScenarioLandsOnceInADistrict() throws Exception {
        String id = created(mvc, "/api/techmarket/scenarios", scenario("OPPORTUNITY"));
        String scenario = "/api/techmarket/scenarios/" + id;

        mvc.perform(write(scenario + "/landing", landing("2023-08-01", "JIANGBEI")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.landed").value(true))
                .andExpect(jsonPath("$.landing.district").value("JIANGBEI"));
        mvc.perform(write(scenario + "/landing", landing("2023-09-01", "WUWEI")))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/techmarket/scenarios?list=OPPORTUNITY&landed=true&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$.items[*].landed").value(everyItem(is(true))));
    }

    @Test
    void aScenarioLandingBeforeItWasPublishedIs400NamingTheDate() throws Exception {
        String scenario =
                "/api/techmarket/scenarios/" + created(mvc, "/api/techmarket/scenarios", scenario("CAPABILITY"));

        mvc.perform(write(scenario + "/landing", landing("2023-03-31", "JIANGBEI")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("date")));
    }

    @Test
    void aProgrammeProjectKeepsItsFundingAndInvestmentExact() throws Exception {
        String uscc = freshUscc();
        String id =
                created(mvc, "/api/techmarket/programme-projects", programmeProject(uscc, "796428.57", "6321428.58"));

        mvc.perform(get("/api/techmarket/programme-projects/" + id).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadUscc").value(uscc))
                .andExpect(jsonPath("$.publicFunding").value(796428.57))
                .andExpect(jsonPath("$.selfInvestment").value(6321428.58));
        mvc.perform(get("/api/techmarket/programme-projects?kind=REGULAR&district=WHTZ&year=2023&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        var stored = mongo.findById(id, org.bson.Document.class, "programme-projects");
        assertThat(stored.get("selfInvestment", Decimal128.class).bigDecimalValue())
                .isEqualTo(new BigDecimal("6321428.58"));
    }

    @Test
    void aProgrammeProjectLedByAnInvalidCreditCodeIs400NamingLeadUscc() throws Exception {
        String uscc = freshUscc();
        String wrongCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');

        mvc.perform(write("/api/techmarket/programme-projects", programmeProject(wrongCheck, "1", "1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("leadUscc")));
    }

    @Test
    void anActivityIsRecordedWithOrWithoutDistrictAndIndustryAndListedByKindAndYear() throws Exception {
        String bare = created(mvc, "/api/techmarket/activities", activity("INNOVATION_FAIR", "2023-09-09"));
        String full = created(mvc, "/api/techmarket/activities", """
                {"title":"机器人产业科技畅聊会","kind":"CITY_LEADER_FORUM","heldOn":"2023-10-10",
                 "district":"JIUJIANG","industry":"ROBOTICS"}""");

        mvc.perform(get("/api/techmarket/activities/" + bare).with(reader()))
                .andExpect(jsonPath("$.district").doesNotExist())
                .andExpect(jsonPath("$.kind").value("INNOVATION_FAIR"));
        mvc.perform(get("/api/techmarket/activities/" + full).with(reader()))
                .andExpect(jsonPath("$.district").value("JIUJIANG"))
                .andExpect(jsonPath("$.industry").value("ROBOTICS"));
        mvc.perform(get("/api/techmarket/activities?kind=CITY_LEADER_FORUM&year=2023&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(full)))
                .andExpect(jsonPath("$.items[*].kind").value(everyItem(is("CITY_LEADER_FORUM"))));
    }

    @Test
    void unknownIdsAre404() throws Exception {
        for (String path : new String[] {"scenarios", "programme-projects", "activities", "challenges"}) {
            mvc.perform(get("/api/techmarket/" + path + "/" + unknownId()).with(reader()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(write("/api/techmarket/scenarios/" + unknownId() + "/landing", landing("2023-08-01", "JIANGBEI")))
                .andExpect(status().isNotFound());
    }
}
