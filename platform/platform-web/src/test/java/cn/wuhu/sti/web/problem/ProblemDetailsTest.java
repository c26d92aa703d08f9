package cn.wuhu.sti.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.web.WebEdgeTest;
import cn.wuhu.sti.web.demo.Grants;
import cn.wuhu.sti.web.support.Http.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest extends WebEdgeTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void aMissingFieldIsNamedInABadRequestProblem() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.withoutName());

        assertBadRequest(answer, "name", "must not be blank");
        assertThat(answer.json())
                .containsEntry("title", "Bad Request")
                .containsEntry("status", 400)
                .containsEntry("instance", "/demo/grants")
                .containsKey("detail");
    }

    @Test
    void anUnknownDistrictIsNamedWithTheAcceptedValues() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.withDistrict("\"NOWHERE\""));

        assertBadRequest(answer, "district", "must be one of [JINGHU, YIJIANG, JIUJIANG, WANZHI]");
    }

    @Test
    void aNegativeAmountIsNamed() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.withAmount("-1"));

        assertBadRequest(answer, "amount", "must be greater than or equal to 0");
    }

    @Test
    void anImpossibleDateIsNamed() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.withGrantedOn("\"2023-02-30\""));

        assertBadRequest(answer, "grantedOn", "must be a date in the form YYYY-MM-DD");
    }

    @Test
    void aMissingBodyIsReportedAsTheBody() {
        Answer answer = http.post("/demo/grants", WRITER, null);

        assertBadRequest(answer, "body", "is required");
    }

    @Test
    void malformedJsonIsReportedAsTheBody() {
        Answer answer = http.post("/demo/grants", WRITER, "{\"name\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors()).extracting(error -> error.get("field")).containsExactly("body");
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedRatherThanConverted() {
        Answer answer =
                http.post("/demo/grants", WRITER, Grants.valid("Robot Lab").replace("\"Robot Lab\"", "42"));

        assertBadRequest(answer, "name", "must be a string");
    }

    @Test
    void aNumberWhereACodeBelongsIsRefusedRatherThanTakenAsAPosition() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.withDistrict("0"));

        assertBadRequest(answer, "district", "must be one of [JINGHU, YIJIANG, JIUJIANG, WANZHI]");
    }

    @Test
    void anAmountInAStringStaysAccepted() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.withAmount("\"12500.50\""));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void anInvalidFieldExceptionFromTheApplicationIsABadRequest() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.valid("Reserved"));

        assertBadRequest(answer, "name", "is reserved");
    }

    @Test
    void anInvalidFieldExceptionCanNameSeveralFields() {
        Answer answer = http.post("/demo/grants", WRITER, Grants.valid("Backdated"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors())
                .containsExactly(
                        Map.of("field", "name", "message", "is not allowed for backdated grants"),
                        Map.of("field", "grantedOn", "message", "must not be before 2000-01-01"));
    }

    @Test
    void aMissingQueryParameterIsNamed() {
        Answer answer = http.get("/demo/grants?district=JINGHU", READER);

        assertBadRequest(answer, "year", "is required");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamed() {
        Answer answer = http.get("/demo/grants?district=NOWHERE&year=2023", READER);

        assertBadRequest(answer, "district", "must be one of [JINGHU, YIJIANG, JIUJIANG, WANZHI]");
    }

    @Test
    void aQueryParameterBreakingAConstraintIsNamed() {
        Answer answer = http.get("/demo/grants?district=JINGHU&year=1999", READER);

        assertBadRequest(answer, "year", "must be greater than or equal to 2000");
    }

    @Test
    void anUnknownIdIsANotFoundProblem() {
        Answer answer = http.get("/demo/grants/no-such-grant", READER);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
        assertThat(answer.json())
                .containsEntry("title", "Not Found")
                .containsEntry("detail", "No grant no-such-grant")
                .containsEntry("instance", "/demo/grants/no-such-grant");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        Answer answer = http.get("/demo/nothing-here", READER);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
    }

    @Test
    void approvingTwiceIsAConflictProblem() {
        String location =
                http.post("/demo/grants", WRITER, Grants.valid("Solar Cells")).header("Location");
        assertThat(http.post(location + "/approval", WRITER, "{}").status()).isEqualTo(200);

        Answer second = http.post(location + "/approval", WRITER, "{}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).isEqualTo(PROBLEM_JSON);
        assertThat(second.json()).containsEntry("title", "Conflict").containsEntry("status", 409);
    }

    @Test
    void anUnexpectedFailureIsAServerErrorProblemThatRevealsNothing() {
        Answer answer = http.get("/demo/grants/boom", READER);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
        assertThat(answer.json()).containsEntry("detail", "An unexpected error occurred.");
        assertThat(answer.text()).doesNotContain("secret internals", "IllegalStateException", "at cn.wuhu");
    }

    @Test
    void anErrorRaisedOutsideSpringMvcIsAProblemToo() {
        Answer answer = http.get("/demo/grants/maintenance", READER);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
        assertThat(answer.json())
                .containsEntry("status", 503)
                .containsEntry("detail", "An unexpected error occurred.")
                .containsEntry("instance", "/demo/grants/maintenance");
    }

    @Test
    void aProblemIsProblemJsonEvenWhenTheClientAsksForPlainJson() {
        Answer answer = http.get("/demo/grants/no-such-grant", READER, "Accept", "application/json");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
    }

    private static void assertBadRequest(Answer answer, String field, String message) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
        assertThat(answer.errors()).containsExactly(Map.of("field", field, "message", message));
    }
}
