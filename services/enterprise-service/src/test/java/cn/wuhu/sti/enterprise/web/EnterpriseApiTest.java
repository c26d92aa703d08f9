package cn.wuhu.sti.enterprise.web;

import static cn.wuhu.sti.enterprise.web.EnterpriseApi.annualReport;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.reader;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.recognition;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.registration;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import cn.wuhu.sti.test.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ServiceTest(properties = "sti.outbox.auto-startup=false")
class EnterpriseApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Test
    void registeringAFirmAnswers201WithItsLocationAndId() throws Exception {
        String uscc = freshUscc();

        mvc.perform(write(post("/api/enterprises"), registration(uscc, "JINGHU")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/enterprises/" + uscc))
                .andExpect(jsonPath("$.id").value(uscc))
                .andExpect(jsonPath("$.district").value("JINGHU"));

        mvc.perform(get("/api/enterprises/" + uscc).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("芜湖样例科技有限公司"))
                .andExpect(jsonPath("$.registeredOn").value("2019-04-01"));
    }

    @Test
    void aRecognitionShowsAsACurrentTierAndASecondOneWithoutGapIsARenewal() throws Exception {
        String uscc = registered("WHTZ");

        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/recognitions"),
                        recognition("GR-A1", "2020-01-01", "2099-12-31")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/enterprises/" + uscc + "/recognitions/GR-A1"))
                .andExpect(jsonPath("$.id").value("GR-A1"))
                .andExpect(jsonPath("$.renewal").value(false));
        mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/recognitions"),
                        recognition("GR-A2", "2022-06-01", "2099-12-31")))
                .andExpect(jsonPath("$.renewal").value(true));

        mvc.perform(get("/api/enterprises/" + uscc + "/recognitions/GR-A1").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validUntil").value("2099-12-31"));
        mvc.perform(get("/api/enterprises/" + uscc).with(reader()))
                .andExpect(jsonPath("$.currentTiers[0]").value("HIGH_TECH"))
                .andExpect(jsonPath("$.recognitions.length()").value(2));
    }

    @Test
    void aCertificateNumberWithSpacesAndBracketsGetsAnEncodedLocationThatCanBeFollowed() throws Exception {
        String uscc = registered("JINGHU");

        String location = mvc.perform(write(
                        post("/api/enterprises/" + uscc + "/recognitions"),
                        recognition("皖〔2023〕 12号", "2023-01-01", "2025-12-31")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        assertThat(location).doesNotContain(" ").contains("%E7%9A%96");
        mvc.perform(get(java.net.URI.create(location)).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificateNo").value("皖〔2023〕 12号"));
    }

    @Test
    void concurrentRecognitionsOfOneFirmAreAllKeptWithOneEventEach() throws Exception {
        String uscc = registered("WETDZ");
        long pendingBefore = relay.pendingCount();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                String certificate = "GR-PAR-" + i;
                answers.add(pool.submit(() -> mvc.perform(write(
                                post("/api/enterprises/" + uscc + "/recognitions"),
                                recognition(certificate, "2023-01-01", "2025-12-31")))
                        .andReturn()
                        .getResponse()
                        .getStatus()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        mvc.perform(get("/api/enterprises/" + uscc).with(reader()))
                .andExpect(jsonPath("$.recognitions.length()").value(4));
        assertThat(relay.pendingCount()).isEqualTo(pendingBefore + 4);
    }

    @Test
    void aLaterAnnualReportForTheSameYearSupersedesTheEarlier() throws Exception {
        String uscc = registered("WUWEI");

        mvc.perform(write(post("/api/enterprises/" + uscc + "/annual-reports"), annualReport(2023, "120000000.50")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(1));
        mvc.perform(write(post("/api/enterprises/" + uscc + "/annual-reports"), annualReport(2023, "130000000.25")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/enterprises/" + uscc + "/annual-reports/2023"))
                .andExpect(jsonPath("$.revision").value(2));

        mvc.perform(get("/api/enterprises/" + uscc + "/annual-reports/2023").with(reader()))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.revenue").value(130000000.25));
    }

    @Test
    void theListFiltersByCurrentTierAndDistrictAndIsPaginated() throws Exception {
        String withTier = registered("NANLING");
        registered("NANLING");
        mvc.perform(write(
                        post("/api/enterprises/" + withTier + "/recognitions"),
                        recognition("GR-N1", "2021-01-01", "2099-01-01")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/enterprises?district=NANLING&tier=HIGH_TECH").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].uscc").value(hasItem(withTier)))
                .andExpect(jsonPath("$.items[*].district")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("NANLING"))))
                .andExpect(jsonPath("$.items[*].currentTiers[0]")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("HIGH_TECH"))));
        mvc.perform(get("/api/enterprises?district=NANLING&size=1&page=1").with(reader()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/enterprises?tier=PLATINUM").with(reader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tier"));
    }

    @Test
    void badInputAnswers400NamingTheFieldAndStoresAndPublishesNothing() throws Exception {
        String uscc = freshUscc();
        String wrongCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        long pendingBefore = relay.pendingCount();

        expectFieldError(write(post("/api/enterprises"), registration(wrongCheck, "JINGHU")), "uscc");
        expectFieldError(write(post("/api/enterprises"), registration(uscc, "ATLANTIS")), "district");
        expectFieldError(
                write(post("/api/enterprises"), registration(uscc, "JINGHU").replace("\"name\":\"芜湖样例科技有限公司\",", "")),
                "name");

        String existing = registered("FANCHANG");
        pendingBefore = relay.pendingCount();
        expectFieldError(
                write(post("/api/enterprises/" + existing + "/annual-reports"), annualReport(2023, "-5")), "revenue");
        expectFieldError(
                write(
                        post("/api/enterprises/" + existing + "/recognitions"),
                        recognition("GR-X", "2023-05-01", "2023-04-01")),
                "validUntil");

        assertThat(mongo.exists(Query.query(Criteria.where("_id").in(uscc, wrongCheck)), "enterprises"))
                .isFalse();
        assertThat(relay.pendingCount()).isEqualTo(pendingBefore);
        mvc.perform(get("/api/enterprises/" + existing).with(reader()))
                .andExpect(jsonPath("$.annualReports.length()").value(0))
                .andExpect(jsonPath("$.recognitions.length()").value(0));
    }

    @Test
    void anUnknownFirmIs404AndRegisteringTwiceIs409() throws Exception {
        String uscc = registered("YIJIANG");

        mvc.perform(write(post("/api/enterprises"), registration(uscc, "YIJIANG")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/enterprises/" + freshUscc()).with(reader()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(write(
                        post("/api/enterprises/" + freshUscc() + "/recognitions"),
                        recognition("GR-Z", "2023-01-01", "2024-01-01")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstAnswerAndRecordsNothingNew() throws Exception {
        String uscc = registered("WANZHI");
        long pendingBefore = relay.pendingCount();
        String body = recognition("GR-IDEM", "2023-02-01", "2026-01-31");

        String first = mvc.perform(write(post("/api/enterprises/" + uscc + "/recognitions"), body)
                        .header("Idempotency-Key", "key-" + uscc))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(write(post("/api/enterprises/" + uscc + "/recognitions"), body)
                        .header("Idempotency-Key", "key-" + uscc))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("GR-IDEM")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(relay.pendingCount()).isEqualTo(pendingBefore + 1);
        mvc.perform(get("/api/enterprises/" + uscc).with(reader()))
                .andExpect(jsonPath("$.recognitions.length()").value(1));
    }

    @Test
    void withoutATokenIs401AndAReadOnlyTokenCannotWrite() throws Exception {
        mvc.perform(get("/api/enterprises"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/enterprises")
                        .with(reader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(freshUscc(), "JINGHU")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void actuatorInfoTellsWhichBuildIsRunningWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("enterprise-service"))
                .andExpect(jsonPath("$.git.commit.id").exists());
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    private String registered(String district) throws Exception {
        String uscc = freshUscc();
        mvc.perform(write(post("/api/enterprises"), registration(uscc, district)))
                .andExpect(status().isCreated());
        return uscc;
    }

    private void expectFieldError(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }
}
