package cn.wuhu.sti.talent.api;

import static cn.wuhu.sti.talent.api.TalentApi.created;
import static cn.wuhu.sti.talent.api.TalentApi.dated;
import static cn.wuhu.sti.talent.api.TalentApi.fundProject;
import static cn.wuhu.sti.talent.api.TalentApi.investment;
import static cn.wuhu.sti.talent.api.TalentApi.reader;
import static cn.wuhu.sti.talent.api.TalentApi.write;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import java.math.BigDecimal;
import org.bson.types.Decimal128;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class FundProjectApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSourcedProjectGoesThroughDueDiligenceAndIsInvestedInWithTheExactAmount() throws Exception {
        String id = created(mvc, "/api/talent/fund-projects", fundProject("2023-01-05"));
        String project = "/api/talent/fund-projects/" + id;

        mvc.perform(write(project + "/due-diligence", dated("2023-02-01")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", project))
                .andExpect(jsonPath("$.stage").value("DUE_DILIGENCE"));
        mvc.perform(write(project + "/investment", investment("2023-06-30", "30000000.10")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("INVESTED"));

        mvc.perform(get(project).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.investedAmount").value(30000000.10))
                .andExpect(
                        jsonPath("$.history[*].stage").value(Matchers.contains("SOURCED", "DUE_DILIGENCE", "INVESTED")))
                .andExpect(jsonPath("$.history[*].date")
                        .value(Matchers.contains("2023-01-05", "2023-02-01", "2023-06-30")));
        var stored = mongo.findById(id, org.bson.Document.class, "fund-projects");
        org.assertj.core.api.Assertions.assertThat(
                        stored.get("investedAmount", Decimal128.class).bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("30000000.10"));
    }

    @Test
    void aProjectMayBeRejectedStraightAfterSourcingButNotInvestedInWithoutDueDiligence() throws Exception {
        String withoutDiligence =
                "/api/talent/fund-projects/" + created(mvc, "/api/talent/fund-projects", fundProject("2023-01-05"));
        mvc.perform(write(withoutDiligence + "/investment", investment("2023-03-01", "1000000")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("SOURCED")));

        mvc.perform(write(withoutDiligence + "/rejection", "{\"date\":\"2023-03-02\",\"reason\":\"技术路线不成熟\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("技术路线不成熟"));
        mvc.perform(write(withoutDiligence + "/due-diligence", dated("2023-04-01")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("REJECTED")));
    }

    @Test
    void anAmountWithAFractionOfAFenOrNotAboveZeroIs400NamingTheAmount() throws Exception {
        String project =
                "/api/talent/fund-projects/" + created(mvc, "/api/talent/fund-projects", fundProject("2023-01-05"));
        mvc.perform(write(project + "/due-diligence", dated("2023-02-01"))).andExpect(status().isCreated());

        for (String amount : new String[] {"100.001", "0", "-5"}) {
            mvc.perform(write(project + "/investment", investment("2023-03-01", amount)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        }
        mvc.perform(get(project).with(reader())).andExpect(jsonPath("$.stage").value("DUE_DILIGENCE"));
    }

    @Test
    void anUnknownProjectIs404AndTheListFiltersByStage() throws Exception {
        mvc.perform(get("/api/talent/fund-projects/" + unknownId()).with(reader()))
                .andExpect(status().isNotFound());
        mvc.perform(write("/api/talent/fund-projects/" + unknownId() + "/due-diligence", dated("2023-02-01")))
                .andExpect(status().isNotFound());

        String id = created(mvc, "/api/talent/fund-projects", fundProject("2023-01-05"));
        mvc.perform(write("/api/talent/fund-projects/" + id + "/due-diligence", dated("2023-02-01")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/talent/fund-projects?stage=DUE_DILIGENCE&size=200")
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$.items[*].stage").value(everyItem(is("DUE_DILIGENCE"))));
        mvc.perform(get("/api/talent/fund-projects?size=1&page=0").with(reader()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalElements").value(Matchers.greaterThanOrEqualTo(1)));
    }
}
