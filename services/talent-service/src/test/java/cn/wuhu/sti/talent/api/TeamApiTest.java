package cn.wuhu.sti.talent.api;

import static cn.wuhu.sti.talent.api.TalentApi.created;
import static cn.wuhu.sti.talent.api.TalentApi.dated;
import static cn.wuhu.sti.talent.api.TalentApi.dropping;
import static cn.wuhu.sti.talent.api.TalentApi.incorporation;
import static cn.wuhu.sti.talent.api.TalentApi.landing;
import static cn.wuhu.sti.talent.api.TalentApi.reader;
import static cn.wuhu.sti.talent.api.TalentApi.team;
import static cn.wuhu.sti.talent.api.TalentApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import java.time.Clock;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class TeamApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void sourcingATeamAnswers201WithItsLocationAndIdAndDatesItTodayUnlessTold() throws Exception {
        String answer = mvc.perform(write("/api/talent/teams", team("JINGHU")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("SOURCED"))
                .andExpect(
                        jsonPath("$.history[0].date").value(LocalDate.now(clock).toString()))
                .andExpect(jsonPath("$.landedDistrict").doesNotExist())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = answer.substring(answer.lastIndexOf('/') + 1);

        mvc.perform(get(answer).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.name").value("固态电池团队"))
                .andExpect(jsonPath("$.leader").value("李明"))
                .andExpect(jsonPath("$.industry").value("NEW_ENERGY"))
                .andExpect(jsonPath("$.district").value("JINGHU"))
                .andExpect(jsonPath("$.originRegion").value("上海"));
    }

    @Test
    void aTeamGoesThroughEveryStageAndItsHistoryListsThemInDateOrder() throws Exception {
        String id = sourced("JINGHU", "2023-01-10");
        String team = "/api/talent/teams/" + id;

        mvc.perform(write(team + "/negotiation", dated("2023-02-01")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", team))
                .andExpect(jsonPath("$.stage").value("NEGOTIATING"));
        mvc.perform(write(team + "/signing", dated("2023-03-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("SIGNED"));
        mvc.perform(write(team + "/landing", landing("2023-04-01", "WUWEI")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("LANDED"))
                .andExpect(jsonPath("$.landedDistrict").value("WUWEI"));
        String uscc = freshUscc();
        mvc.perform(write(team + "/incorporation", incorporation("2023-05-01", uscc)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("INCORPORATED"));

        mvc.perform(get(team).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("INCORPORATED"))
                .andExpect(jsonPath("$.district").value("JINGHU"))
                .andExpect(jsonPath("$.landedDistrict").value("WUWEI"))
                .andExpect(jsonPath("$.firm.uscc").value(uscc))
                .andExpect(jsonPath("$.history[*].stage")
                        .value(Matchers.contains("SOURCED", "NEGOTIATING", "SIGNED", "LANDED", "INCORPORATED")))
                .andExpect(jsonPath("$.history[*].date")
                        .value(Matchers.contains(
                                "2023-01-10", "2023-02-01", "2023-03-01", "2023-04-01", "2023-05-01")));
    }

    @Test
    void aTeamMaySignWithoutNegotiatingAndBeDroppedBeforeItIncorporates() throws Exception {
        String team = "/api/talent/teams/" + sourced("YIJIANG", "2023-01-10");

        mvc.perform(write(team + "/signing", dated("2023-02-01"))).andExpect(status().isCreated());
        mvc.perform(write(team + "/drop", dropping("2023-03-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("DROPPED"))
                .andExpect(jsonPath("$.dropReason").value("选择落户其他城市"));
    }

    @Test
    void anIllegalMoveIs409NamingTheCurrentStageAndChangesNothing() throws Exception {
        String team = "/api/talent/teams/" + sourced("JIUJIANG", "2023-01-10");

        mvc.perform(write(team + "/landing", landing("2023-02-01", "JIUJIANG")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("SOURCED")));

        mvc.perform(get(team).with(reader()))
                .andExpect(jsonPath("$.stage").value("SOURCED"))
                .andExpect(jsonPath("$.history.length()").value(1));
    }

    @Test
    void signingTwiceIs409NamingTheStage() throws Exception {
        String team = "/api/talent/teams/" + sourced("WANZHI", "2023-01-10");
        mvc.perform(write(team + "/signing", dated("2023-02-01"))).andExpect(status().isCreated());

        mvc.perform(write(team + "/signing", dated("2023-02-02")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("SIGNED")));
    }

    @Test
    void anUnknownTeamIs404ForReadsAndMoves() throws Exception {
        String unknown = "/api/talent/teams/" + unknownId();

        mvc.perform(get(unknown).with(reader()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(write(unknown + "/signing", dated("2023-02-01"))).andExpect(status().isNotFound());
    }

    @Test
    void theListFiltersByDistrictStageAndLandingYearAndIsPaginated() throws Exception {
        // 2011 is this test's own landing year, so the counts are exact on the shared store
        for (int i = 0; i < 3; i++) {
            landed(sourced("JINGHU", "2011-01-05"), "2011-0" + (i + 3) + "-01", "FANCHANG");
        }
        landed(sourced("FANCHANG", "2011-01-05"), "2012-01-10", "FANCHANG");
        String elsewhere = sourced("FANCHANG", "2011-01-05");
        landed(elsewhere, "2011-06-01", "NANLING");

        mvc.perform(get("/api/talent/teams?district=FANCHANG&stage=LANDED&year=2011&size=2&page=0")
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/talent/teams?district=FANCHANG&year=2011&size=2&page=1")
                        .with(reader()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].landedDistrict").value("FANCHANG"))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/talent/teams?district=NANLING&year=2011").with(reader()))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(elsewhere));
        mvc.perform(get("/api/talent/teams?district=FANCHANG&stage=SOURCED").with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(not(Matchers.hasItem(elsewhere))));
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/talent/teams?stage=ARRIVED").with(reader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(get("/api/talent/teams?year=1066").with(reader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/talent/teams?size=0").with(reader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    private String sourced(String district, String sourcedOn) throws Exception {
        String body = team(district).replace("}", ",\"sourcedOn\":\"" + sourcedOn + "\"}");
        return created(mvc, "/api/talent/teams", body);
    }

    private void landed(String id, String date, String district) throws Exception {
        String team = "/api/talent/teams/" + id;
        mvc.perform(write(team + "/signing", dated(date))).andExpect(status().isCreated());
        mvc.perform(write(team + "/landing", landing(date, district))).andExpect(status().isCreated());
    }
}
