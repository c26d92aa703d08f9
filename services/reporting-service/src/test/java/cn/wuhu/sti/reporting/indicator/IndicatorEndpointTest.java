package cn.wuhu.sti.reporting.indicator;

import static cn.wuhu.sti.reporting.support.Scopes.READER;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.reporting.support.Scopes;
import cn.wuhu.sti.test.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class IndicatorEndpointTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersEveryTalentEnterpriseTechmarketAndParksIndicatorOfTheYearForTheWholeCity() throws Exception {
        mvc.perform(get("/api/reports/indicators").param("year", "1990").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(1990))
                .andExpect(jsonPath("$.district").value(nullValue()))
                .andExpect(jsonPath("$.asOf").value(notNullValue()))
                .andExpect(jsonPath("$.indicators", hasSize(44)))
                .andExpect(jsonPath("$.indicators[0].code").value("talent.teams.landed"))
                .andExpect(jsonPath("$.indicators[0].name").value("新落地高层次科技人才团队"))
                .andExpect(jsonPath("$.indicators[0].value").value(0))
                .andExpect(jsonPath("$.indicators[0].unit").value("个"))
                .andExpect(jsonPath("$.indicators[3].code").value("talent.fund.invested.amount"))
                .andExpect(jsonPath("$.indicators[3].unit").value("元"))
                .andExpect(jsonPath("$.indicators[5].code").value("enterprise.hightech.new"))
                .andExpect(jsonPath("$.indicators[5].name").value("新认定高新技术企业"))
                .andExpect(jsonPath("$.indicators[5].value").value(0))
                .andExpect(jsonPath("$.indicators[5].unit").value("家"))
                .andExpect(jsonPath("$.indicators[13].code").value("enterprise.revoked"))
                .andExpect(jsonPath("$.indicators[13].name").value("被撤销认定"))
                .andExpect(jsonPath("$.indicators[13].unit").value("个"))
                .andExpect(jsonPath("$.indicators[21].code").value("enterprise.rdzero.noinstitution.cleared"))
                .andExpect(jsonPath("$.indicators[21].unit").value("家"))
                .andExpect(jsonPath("$.indicators[22].code").value("techmarket.contracts.count"))
                .andExpect(jsonPath("$.indicators[22].name").value("技术合同认定登记数"))
                .andExpect(jsonPath("$.indicators[22].unit").value("项"))
                .andExpect(jsonPath("$.indicators[23].code").value("techmarket.contracts.amount"))
                .andExpect(jsonPath("$.indicators[23].value").value(0))
                .andExpect(jsonPath("$.indicators[23].unit").value("元"))
                .andExpect(jsonPath("$.indicators[33].code").value("techmarket.activities.count"))
                .andExpect(jsonPath("$.indicators[33].unit").value("次"))
                .andExpect(jsonPath("$.indicators[34].code").value("parks.construction.started"))
                .andExpect(jsonPath("$.indicators[34].name").value("开工建设创新园区"))
                .andExpect(jsonPath("$.indicators[34].unit").value("个"))
                .andExpect(jsonPath("$.indicators[37].code").value("parks.tenants.movedin"))
                .andExpect(jsonPath("$.indicators[37].unit").value("家"))
                .andExpect(jsonPath("$.indicators[38].code").value("parks.occupancy"))
                .andExpect(jsonPath("$.indicators[38].unit").value("%"))
                .andExpect(jsonPath("$.indicators[39].code").value("carriers.provincialplus.new"))
                .andExpect(jsonPath("$.indicators[41].code").value("platforms.provincialplus.new"))
                .andExpect(jsonPath("$.indicators[43].code").value("parks.dispatches.bureau"))
                .andExpect(jsonPath("$.indicators[43].value").value(0))
                .andExpect(jsonPath("$.indicators[43].unit").value("次"));
    }

    @Test
    void aDistrictsReportLeavesOutTheCityWideFundAndChallengeIndicators() throws Exception {
        mvc.perform(get("/api/reports/indicators")
                        .param("year", "1990")
                        .param("district", "WUWEI")
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators", hasSize(40)))
                .andExpect(jsonPath("$.indicators[*].code", hasItem("talent.teams.landed")))
                .andExpect(jsonPath("$.indicators[*].code", not(hasItem("talent.fund.invested.count"))))
                .andExpect(jsonPath("$.indicators[*].code", not(hasItem("talent.fund.invested.amount"))))
                .andExpect(jsonPath("$.indicators[*].code", hasItem("techmarket.contracts.amount")))
                .andExpect(jsonPath("$.indicators[*].code", not(hasItem("techmarket.challenges.awarded"))))
                .andExpect(jsonPath("$.indicators[*].code", not(hasItem("techmarket.challenges.awarded.amount"))))
                .andExpect(jsonPath("$.indicators[*].code", hasItem("parks.occupancy")))
                .andExpect(jsonPath("$.indicators[*].code", hasItem("parks.dispatches.cityleader")));
    }

    @Test
    void echoesTheDistrictItWasAskedFor() throws Exception {
        mvc.perform(get("/api/reports/indicators")
                        .param("year", "1990")
                        .param("district", "JIANGBEI")
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.district").value("JIANGBEI"));
    }

    @Test
    void aMissingYearIsABadRequestNamingTheYear() throws Exception {
        mvc.perform(get("/api/reports/indicators").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void aYearThatIsNoNumberIsABadRequestNamingTheYear() throws Exception {
        mvc.perform(get("/api/reports/indicators").param("year", "20x3").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void anUnknownDistrictIsABadRequestNamingTheDistrict() throws Exception {
        mvc.perform(get("/api/reports/indicators")
                        .param("year", "2023")
                        .param("district", "ATLANTIS")
                        .with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("district"));
    }

    @Test
    void indicatorsNeedAToken() throws Exception {
        mvc.perform(get("/api/reports/indicators").param("year", "2023")).andExpect(status().isUnauthorized());
    }

    @Test
    void indicatorsNeedTheReportsReadScope() throws Exception {
        mvc.perform(get("/api/reports/indicators").param("year", "2023").with(Scopes.scope("enterprise:read")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReaderCannotRebuildTheReadModels() throws Exception {
        mvc.perform(post("/api/reports/admin/rebuild").with(READER)).andExpect(status().isForbidden());
    }

    @Test
    void infoTellsWhichBuildAndCommitIsRunning() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("reporting-service"))
                .andExpect(jsonPath("$.git.commit.id").value(notNullValue()));
    }
}
