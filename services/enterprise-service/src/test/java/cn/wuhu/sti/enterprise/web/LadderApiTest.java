package cn.wuhu.sti.enterprise.web;

import static cn.wuhu.sti.enterprise.web.EnterpriseApi.reader;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.registration;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import cn.wuhu.sti.test.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Revocations, designations, the pools of 三库联动 with their moves, and the 两清零 campaign, through the API. */
@ServiceTest(properties = "sti.outbox.auto-startup=false")
class LadderApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxRelay relay;

    @Test
    void aRevocationAnswers201AndTheRecognitionShowsItAndIsNoLongerValid() throws Exception {
        String uscc = registered();
        recognize(uscc, "HIGH_TECH", "GR-RV1", "2023-01-01", "2099-12-31");

        mvc.perform(write(post("/api/enterprises/" + uscc + "/recognitions/GR-RV1/revocation"), """
                        {"date":"2024-03-01","reason":"认定材料不实"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/enterprises/" + uscc + "/recognitions/GR-RV1"))
                .andExpect(jsonPath("$.id").value("GR-RV1"))
                .andExpect(jsonPath("$.revokedOn").value("2024-03-01"));

        mvc.perform(get("/api/enterprises/" + uscc + "/recognitions/GR-RV1").with(reader()))
                .andExpect(jsonPath("$.revokedOn").value("2024-03-01"))
                .andExpect(jsonPath("$.revocationReason").value("认定材料不实"))
                .andExpect(jsonPath("$.validToday").value(false));
        mvc.perform(get("/api/enterprises/" + uscc).with(reader()))
                .andExpect(jsonPath("$.currentTiers.length()").value(0));
    }

    @Test
    void aSecondRevocationIs409AndBadOnesAre400Or404AndPublishNothing() throws Exception {
        String uscc = registered();
        recognize(uscc, "HIGH_TECH", "GR-RV2", "2023-01-01", "2099-12-31");
        String path = "/api/enterprises/" + uscc + "/recognitions/GR-RV2/revocation";
        mvc.perform(write(post(path), "{\"date\":\"2024-03-01\",\"reason\":\"撤销\"}"))
                .andExpect(status().isCreated());
        long pending = relay.pendingCount();

        mvc.perform(write(post(path), "{\"date\":\"2024-04-01\",\"reason\":\"撤销\"}"))
                .andExpect(status().isConflict());
        mvc.perform(write(post(path), "{\"date\":\"2024-04-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/recognitions/GR-NONE/revocation"),
                        "{\"date\":\"2024-04-01\",\"reason\":\"撤销\"}"))
                .andExpect(status().isNotFound());

        assertThat(relay.pendingCount()).isEqualTo(pending);
    }

    @Test
    void aDesignationAnswers201AndShowsOnTheFirmWithItsPools() throws Exception {
        String uscc = registered();
        recognize(uscc, "HIGH_TECH", "GR-D1", "2022-01-01", "2099-12-31");

        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/designations"),
                        "{\"kind\":\"LISTING_RESERVE\",\"since\":\"2023-06-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/enterprises/" + uscc + "/designations/LISTING_RESERVE"))
                .andExpect(jsonPath("$.id").value("LISTING_RESERVE"))
                .andExpect(jsonPath("$.name").value("上市后备企业"));
        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/designations"),
                        "{\"kind\":\"LISTING_RESERVE\",\"since\":\"2024-01-01\"}"))
                .andExpect(status().isConflict());
        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/designations"),
                        "{\"kind\":\"KING\",\"since\":\"2024-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        mvc.perform(get("/api/enterprises/" + uscc).with(reader()))
                .andExpect(jsonPath("$.pools[0]").value("HIGH_TECH"))
                .andExpect(jsonPath("$.pools[1]").value("LISTING_RESERVE"))
                .andExpect(jsonPath("$.designations[0].kind").value("LISTING_RESERVE"));
        mvc.perform(get("/api/enterprises/pools?atLeast=2&size=200").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].uscc").value(hasItem(uscc)));
        mvc.perform(get("/api/enterprises/pools?atLeast=3&size=200").with(reader()))
                .andExpect(jsonPath("$.items[*].uscc").value(not(hasItem(uscc))));
        mvc.perform(get("/api/enterprises/pools?atLeast=4").with(reader())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/enterprises/pools/summary?on=2023-12-31").with(reader()))
                .andExpect(jsonPath("$.pools.LISTING_RESERVE").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.inTwoPools").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void theMovesOfAYearListEachFirmThatMovedBetweenThePools() throws Exception {
        String srdiToHighTech = registered();
        recognize(srdiToHighTech, "SRDI_SME", "ZJ-M1", "2021-01-01", "2023-12-31");
        recognize(srdiToHighTech, "HIGH_TECH", "GR-M1", "2022-08-01", "2025-07-31");

        mvc.perform(get("/api/enterprises/pools/moves?year=2022").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.srdiToHighTech").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.moves[?(@.uscc == '" + srdiToHighTech + "')].kind")
                        .value(hasItem("SRDI_TO_HIGH_TECH")))
                .andExpect(jsonPath("$.moves[?(@.uscc == '" + srdiToHighTech + "')].on")
                        .value(hasItem("2022-08-01")));
        mvc.perform(get("/api/enterprises/pools/moves").with(reader())).andExpect(status().isBadRequest());
    }

    @Test
    void theCampaignShowsWhoClearedWhenWithTheirLatestReport() throws Exception {
        String uscc = registered();
        fileReport(uscc, 2021, "150000000", false);
        fileReport(uscc, 2022, "160000000", true);

        mvc.perform(get("/api/enterprises/rd-zero?year=2022&status=CLEARED&size=200")
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firms.items[?(@.uscc == '" + uscc + "')].gaps[0].clearedIn")
                        .value(hasItem(2022)))
                .andExpect(jsonPath("$.firms.items[?(@.uscc == '" + uscc + "')].latestReport.year")
                        .value(hasItem(2022)))
                .andExpect(jsonPath("$.gaps[0].gap").value("NO_RD_ACTIVITY"))
                .andExpect(jsonPath("$.gaps[0].clearedInYear").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/enterprises/rd-zero?year=2021&status=REMAINING&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.firms.items[?(@.uscc == '" + uscc + "')].gaps[0].status")
                        .value(hasItem("REMAINING")));
        mvc.perform(get("/api/enterprises/rd-zero?year=2022&status=DONE").with(reader()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aReportThatMakesAFirmEligibleIsStoredWithItsCandidateEventInOneWriteAndOnlyOnce() throws Exception {
        String uscc = registered();
        String eligible = """
                {"year":2023,"revenue":40000000,"rdExpense":2000000,"rdActivity":true,"rdInstitution":true,
                 "sciTechStaff":10,"staff":100,"highTechRevenue":24000000,"aboveScaleManufacturer":false}""";
        long pending = relay.pendingCount();

        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/annual-reports"),
                        eligible.replace("2000000", "1999999.99")))
                .andExpect(status().isCreated());
        assertThat(relay.pendingCount()).as("4.99…%: a near miss, no candidate").isEqualTo(pending + 1);
        mvc.perform(write(post("/api/enterprises/" + uscc + "/annual-reports"), eligible))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2));
        assertThat(relay.pendingCount())
                .as("the filing and its candidate event")
                .isEqualTo(pending + 3);
        mvc.perform(write(post("/api/enterprises/" + uscc + "/annual-reports"), eligible))
                .andExpect(status().isCreated());
        assertThat(relay.pendingCount()).as("still eligible: the filing alone").isEqualTo(pending + 4);

        mvc.perform(get("/api/enterprises/candidates?tier=HIGH_TECH&year=2023&eligible=true&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.candidates[*].uscc").value(hasItem(uscc)));
    }

    private String registered() throws Exception {
        String uscc = freshUscc();
        mvc.perform(write(post("/api/enterprises"), registration(uscc, "WUWEI")))
                .andExpect(status().isCreated());
        return uscc;
    }

    private void recognize(String uscc, String tier, String certificateNo, String from, String until) throws Exception {
        mvc.perform(write(post("/api/enterprises/" + uscc + "/recognitions"), """
                        {"tier":"%s","certificateNo":"%s","recognizedOn":"%s","validUntil":"%s"}""".formatted(
                                tier, certificateNo, from, until)))
                .andExpect(status().isCreated());
    }

    private void fileReport(String uscc, int year, String revenue, boolean rdActivity) throws Exception {
        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/annual-reports"), """
                        {"year":%d,"revenue":%s,"rdExpense":0,"rdActivity":%s,"rdInstitution":true,
                         "sciTechStaff":5,"staff":50,"highTechRevenue":0,"aboveScaleManufacturer":true}""".formatted(year, revenue, rdActivity)))
                .andExpect(status().isCreated());
    }
}
