package cn.wuhu.sti.enterprise.eligibility;

import static cn.wuhu.sti.enterprise.eligibility.EligibilityApi.eligibleReport;
import static cn.wuhu.sti.enterprise.eligibility.EligibilityApi.report;
import static cn.wuhu.sti.enterprise.eligibility.EligibilityApi.ruleSet;
import static cn.wuhu.sti.enterprise.eligibility.EligibilityApi.ruleSetWith;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.reader;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.recognition;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.registration;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.write;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.writer;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.test.OpenApiReference;
import cn.wuhu.sti.test.service.BadInput;
import cn.wuhu.sti.test.service.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Rule sets and candidates through the API. Tests share one store: each defines rule sets of its own tier and date,
 * and judges a year no other test files reports for, or looks only at its own firms.
 */
@ServiceTest(properties = "sti.outbox.auto-startup=false")
class EligibilityApiTest {

    private static final String RULE_SETS = "/api/enterprises/rule-sets";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void theNationalHighTechCriteriaAreOnRecordFromTheStart() throws Exception {
        mvc.perform(get(RULE_SETS + "/HIGH_TECH-2016-01-01").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("HIGH_TECH"))
                .andExpect(jsonPath("$.effectiveFrom").value("2016-01-01"))
                .andExpect(jsonPath("$.title").value(containsString("国科发火〔2016〕32号")))
                .andExpect(jsonPath("$.criteria[0].code").value("rd.expense.share"))
                .andExpect(jsonPath("$.criteria[0].bands.length()").value(3))
                .andExpect(jsonPath("$.criteria[0].bands[0].revenueUpTo").value(50000000))
                .andExpect(jsonPath("$.criteria[0].bands[1].revenueOver").value(50000000))
                .andExpect(jsonPath("$.criteria[0].bands[1].minimum").value(4))
                .andExpect(jsonPath("$.criteria[1].minimum").value(10))
                .andExpect(jsonPath("$.criteria[2].code").value("hightech.revenue.share"));
        mvc.perform(get(RULE_SETS + "?tier=HIGH_TECH&size=200").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem("HIGH_TECH-2016-01-01")))
                .andExpect(jsonPath("$.page").value(0));
    }

    @Test
    void definingARuleSetAnswers201WithItsLocationAndTheSameTierAndDateAgainIs409() throws Exception {
        String effectiveFrom = (thisYear() + 3) + "-07-01";
        String id = "SRDI_SME-" + effectiveFrom;

        mvc.perform(write(post(RULE_SETS), ruleSet("SRDI_SME", effectiveFrom, "6.5")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", RULE_SETS + "/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.criteria[0].minimum").value(6.5));
        mvc.perform(get(RULE_SETS + "/" + id).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[0].measure").value("RD_EXPENSE_SHARE"));
        mvc.perform(get(RULE_SETS + "?tier=SRDI_SME").with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$.items[*].tier").value(everyItem(is("SRDI_SME"))));

        mvc.perform(write(post(RULE_SETS), ruleSet("SRDI_SME", effectiveFrom, "9")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(id)));
        mvc.perform(get(RULE_SETS + "/" + id).with(reader()))
                .andExpect(jsonPath("$.criteria[0].minimum").value(6.5));
    }

    @Test
    void aRuleSetMissingATopLevelFieldIsRefusedNamingItAndNothingIsStored() throws Exception {
        String valid = ruleSet("LITTLE_GIANT", (thisYear() + 1) + "-01-01", "5");
        for (String field : List.of("tier", "effectiveFrom", "criteria")) {
            BadInput.of(context).refusedWithout(RULE_SETS, valid, field, writer());
        }
    }

    @Test
    void everyBadRuleSetBodyIsRefusedAndNothingIsStored() {
        BadInput.of(context).refusedAt(RULE_SETS, ruleSet("LITTLE_GIANT", (thisYear() + 1) + "-01-01", "5"), writer());
    }

    @Test
    void aRuleSetThatBreaksARuleIsRefusedNamingTheField() throws Exception {
        String next = (thisYear() + 1) + "-01-01";
        String rd = "{\"code\":\"rd.expense.share\",\"measure\":\"RD_EXPENSE_SHARE\"";

        expectFieldError(ruleSetWith("LITTLE_GIANT", next, "[]"), "criteria");
        expectFieldError(
                ruleSetWith("LITTLE_GIANT", next, "[{\"code\":\"x\",\"measure\":\"PATENTS\",\"minimum\":1}]"),
                "criteria[0].measure");
        expectFieldError(ruleSetWith("LITTLE_GIANT", next, "[" + rd + ",\"minimum\":-1}]"), "criteria[0].minimum");
        expectFieldError(ruleSetWith("LITTLE_GIANT", next, "[" + rd + "}]"), "criteria[0].minimum");
        expectFieldError(
                ruleSetWith("LITTLE_GIANT", next, "[" + rd + ",\"minimum\":5,\"bands\":[{\"minimum\":5}]}]"),
                "criteria[0].bands");
        expectFieldError(
                ruleSetWith(
                        "LITTLE_GIANT",
                        next,
                        "[" + rd + ",\"bands\":[{\"revenueUpTo\":50000000,\"minimum\":5},"
                                + "{\"revenueOver\":40000000,\"minimum\":4}]}]"),
                "criteria[0].bands[1].revenueOver");
        expectFieldError(
                ruleSetWith(
                        "LITTLE_GIANT",
                        next,
                        "[" + rd + ",\"bands\":[{\"revenueUpTo\":200000000,\"minimum\":4},"
                                + "{\"revenueOver\":50000000,\"minimum\":5}]}]"),
                "criteria[0].bands[1].revenueOver");
        expectFieldError(
                ruleSetWith("LITTLE_GIANT", next, "[" + rd + ",\"minimum\":5}," + rd + ",\"minimum\":4}]"),
                "criteria[1].code");
        mvc.perform(get(RULE_SETS + "?tier=LITTLE_GIANT").with(reader()))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aRuleSetForAYearThatHasEndedIsRefusedOnEffectiveFrom() throws Exception {
        mvc.perform(write(post(RULE_SETS), ruleSet("LITTLE_GIANT", (thisYear() - 1) + "-12-31", "5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(containsString("years that have ended keep the rules")));
    }

    @Test
    void anUnknownRuleSetIs404AndATierWithoutOneInForceAnswers404SayingHowToAddOne() throws Exception {
        mvc.perform(get(RULE_SETS + "/HIGH_TECH-1999-01-01").with(reader()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/enterprises/candidates?tier=LITTLE_GIANT&year=" + thisYear())
                        .with(reader()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("No rule set for LITTLE_GIANT")))
                .andExpect(jsonPath("$.detail").value(containsString("POST /api/enterprises/rule-sets")));
        mvc.perform(get("/api/enterprises/candidates?tier=HIGH_TECH&year=2015").with(reader()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("years that have ended")));
    }

    @Test
    void candidatesNeedAValidTierAndYear() throws Exception {
        expectParameterError("/api/enterprises/candidates?year=2020", "tier");
        expectParameterError("/api/enterprises/candidates?tier=PLATINUM&year=2020", "tier");
        expectParameterError("/api/enterprises/candidates?tier=HIGH_TECH", "year");
        expectParameterError("/api/enterprises/candidates?tier=HIGH_TECH&year=twenty", "year");
        expectParameterError("/api/enterprises/candidates?tier=HIGH_TECH&year=1800", "year");
        expectParameterError("/api/enterprises/candidates?tier=HIGH_TECH&year=2020&size=0", "size");
    }

    @Test
    void candidatesComeEligibleFirstThenTheNearestMissesWithoutTheFirmsHoldingTheTier() throws Exception {
        int year = 2019;
        String twoUnmet = filed(report(year, "10000000", "100000", 20, 100, "1000000"));
        String farMiss = filed(report(year, "10000000", "300000", 20, 100, "7000000"));
        String nearMiss = filed(report(year, "10000000", "499000", 20, 100, "7000000"));
        String eligible = filed(eligibleReport(year));
        String revised = filed(report(year, "10000000", "100000", 20, 100, "7000000"));
        fileReport(revised, eligibleReport(year));
        String holder = filed(eligibleReport(year));
        recognized(holder, "2018-10-01", "2021-09-30");
        String lapsed = filed(report(year, "10000000", "100000", 5, 100, "1000000"));
        recognized(lapsed, "2016-10-01", "2019-09-30");

        var answer = mvc.perform(get("/api/enterprises/candidates?tier=HIGH_TECH&year=" + year + "&size=200")
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("HIGH_TECH"))
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.ruleSet.id").value("HIGH_TECH-2016-01-01"))
                .andExpect(jsonPath("$.ruleSet.effectiveFrom").value("2016-01-01"));

        List<String> mine = List.of(eligible, revised, nearMiss, farMiss, twoUnmet, lapsed, holder);
        assertThat(usccsIn(answer).stream().filter(mine::contains).toList())
                .containsExactly(eligible, revised, nearMiss, farMiss, twoUnmet, lapsed);
        Map<String, Object> near = candidate(answer, nearMiss);
        assertThat(near)
                .containsEntry("eligible", false)
                .containsEntry("unmet", 1)
                .containsEntry("district", "WHTZ");
        assertThat(JsonPath.<List<Map<String, Object>>>read(near, "$.criteria[?(@.met == false)]"))
                .singleElement()
                .satisfies(rd -> {
                    assertThat(rd).containsEntry("code", "rd.expense.share");
                    assertThat(rd.get("required").toString()).isEqualTo("5");
                    assertThat(rd.get("actual").toString()).isEqualTo("4.99");
                    assertThat(rd.get("shortfall").toString()).isEqualTo("0.01");
                });
        assertThat(candidate(answer, revised))
                .containsEntry("reportRevision", 2)
                .containsEntry("eligible", true);

        var onlyEligible = mvc.perform(
                        get("/api/enterprises/candidates?tier=HIGH_TECH&year=" + year + "&eligible=true&size=200")
                                .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[*].eligible").value(everyItem(is(true))));
        assertThat(usccsIn(onlyEligible)).contains(eligible, revised).doesNotContain(nearMiss, holder);
        int eligibleCount = JsonPath.read(body(onlyEligible), "$.eligible");
        int total = JsonPath.read(body(onlyEligible), "$.totalElements");
        assertThat(total).isEqualTo(eligibleCount);
    }

    @Test
    void candidatesArePaginated() throws Exception {
        int year = 2018;
        for (int i = 0; i < 3; i++) {
            filed(eligibleReport(year));
        }

        mvc.perform(get("/api/enterprises/candidates?tier=HIGH_TECH&year=" + year + "&page=1&size=2")
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.evaluated").value(greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.candidates.length()").value(lessThanOrEqualTo(2)));
    }

    @Test
    void aRuleSetEffectiveNextFirstOfJanuaryChangesNothingThisYear() throws Exception {
        int thisYear = thisYear();
        String firm = filed(eligibleReport(thisYear));
        fileReport(firm, eligibleReport(thisYear + 1));
        String before = candidatesOf("HIGH_TECH", thisYear);

        mvc.perform(write(post(RULE_SETS), ruleSet("HIGH_TECH", (thisYear + 1) + "-01-01", "50")))
                .andExpect(status().isCreated());

        String after = candidatesOf("HIGH_TECH", thisYear);
        assertThat(JsonPath.<String>read(after, "$.ruleSet.id")).isEqualTo("HIGH_TECH-2016-01-01");
        assertThat(JsonPath.<Object>read(after, "$.candidates")).isEqualTo(JsonPath.read(before, "$.candidates"));
        assertThat(JsonPath.<List<Boolean>>read(after, "$.candidates[?(@.uscc == '" + firm + "')].eligible"))
                .containsExactly(true);
        String nextYear = candidatesOf("HIGH_TECH", thisYear + 1);
        assertThat(JsonPath.<String>read(nextYear, "$.ruleSet.id")).isEqualTo("HIGH_TECH-" + (thisYear + 1) + "-01-01");
        assertThat(JsonPath.<List<Boolean>>read(nextYear, "$.candidates[?(@.uscc == '" + firm + "')].eligible"))
                .containsExactly(false);
    }

    @Test
    void aRuleSetFromTheFirstOfJanuaryOfThisYearJudgesThisYearButNotTheYearBefore() throws Exception {
        int thisYear = thisYear();
        String firm = filed(report(thisYear, "10000000", "250000", 20, 100, "7000000"));

        mvc.perform(write(post(RULE_SETS), ruleSet("TECH_SME", thisYear + "-01-01", "2.5")))
                .andExpect(status().isCreated());

        String answer = candidatesOf("TECH_SME", thisYear);
        assertThat(JsonPath.<String>read(answer, "$.ruleSet.id")).isEqualTo("TECH_SME-" + thisYear + "-01-01");
        assertThat(JsonPath.<List<Boolean>>read(answer, "$.candidates[?(@.uscc == '" + firm + "')].eligible"))
                .containsExactly(true);
        mvc.perform(get("/api/enterprises/candidates?tier=TECH_SME&year=" + (thisYear - 1))
                        .with(reader()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theIdentifierJudgesAFilingByTheStoredRuleSets() {
        var firm = Enterprise.register(new EnterpriseCommands.Register(
                        new Uscc(freshUscc()), "芜湖识别科技有限公司", District.WUWEI, Industry.AI, LocalDate.of(2017, 1, 1)))
                .enterprise();
        var filed = firm.fileAnnualReport(new EnterpriseCommands.FileAnnualReport(
                2017,
                new BigDecimal("10000000"),
                new BigDecimal("600000"),
                true,
                false,
                20,
                100,
                new BigDecimal("7000000"),
                false));

        assertThat(context.getBean(CandidateIdentifier.class).identify(firm, filed))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.ruleSetId()).isEqualTo("HIGH_TECH-2016-01-01");
                    assertThat(event.uscc()).isEqualTo(firm.uscc().value());
                    assertThat(event.reportRevision()).isEqualTo(1);
                });
    }

    @Test
    void theOpenApiDocumentDescribesTheRuleSetAndCandidatePaths() throws Exception {
        assertThat(OpenApiReference.paths(OpenApiReference.served(mvc)))
                .containsKeys(RULE_SETS, RULE_SETS + "/{id}", "/api/enterprises/candidates");
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    private String filed(String report) throws Exception {
        String uscc = freshUscc();
        mvc.perform(write(post("/api/enterprises"), registration(uscc, "WHTZ"))).andExpect(status().isCreated());
        fileReport(uscc, report);
        return uscc;
    }

    private void fileReport(String uscc, String report) throws Exception {
        mvc.perform(write(post("/api/enterprises/" + uscc + "/annual-reports"), report))
                .andExpect(status().isCreated());
    }

    private void recognized(String uscc, String from, String until) throws Exception {
        mvc.perform(write(post("/api/enterprises/" + uscc + "/recognitions"), recognition("GR-" + uscc, from, until)))
                .andExpect(status().isCreated());
    }

    private String candidatesOf(String tier, int year) throws Exception {
        return body(mvc.perform(get("/api/enterprises/candidates?tier=" + tier + "&year=" + year + "&size=200")
                        .with(reader()))
                .andExpect(status().isOk()));
    }

    private static String body(ResultActions answer) throws Exception {
        return answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> usccsIn(ResultActions answer) throws Exception {
        return JsonPath.read(body(answer), "$.candidates[*].uscc");
    }

    private static Map<String, Object> candidate(ResultActions answer, String uscc) throws Exception {
        List<Map<String, Object>> found = JsonPath.read(body(answer), "$.candidates[?(@.uscc == '" + uscc + "')]");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private void expectFieldError(String body, String field) throws Exception {
        expectBadRequest(write(post(RULE_SETS), body), field);
    }

    private void expectParameterError(String path, String parameter) throws Exception {
        expectBadRequest(get(path).with(reader()), parameter);
    }

    private void expectBadRequest(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }
}
