package cn.wuhu.sti.reporting.indicator;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Scopes.READER;
import static cn.wuhu.sti.reporting.support.Scopes.WRITER;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A published year keeps its figures; a late fact of that year restates the current one, a fact of another not. */
@ServiceTest
class PublicationTest {

    private static final int YEAR = 1994;
    private static final String CODE = "enterprise.hightech.new";

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @Autowired
    MockMvc mvc;

    @Test
    void aLateFactOfAPublishedYearRestatesItAndAFactOfAnotherYearDoesNot() throws Exception {
        recognizedIn(YEAR);
        awaitValue(YEAR, 1);
        mvc.perform(post("/api/reports/years/" + YEAR + "/publication").with(WRITER))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/reports/years/" + YEAR + "/publication"))
                .andExpect(jsonPath("$.indicators[?(@.code == '" + CODE + "')].value")
                        .value(1));
        mvc.perform(get("/api/reports/indicators/" + CODE)
                        .param("year", "" + YEAR)
                        .with(READER))
                .andExpect(jsonPath("$.published").value(1))
                .andExpect(jsonPath("$.restated").value(false));

        recognizedIn(YEAR + 1);
        awaitValue(YEAR + 1, 1);
        mvc.perform(get("/api/reports/indicators/" + CODE)
                        .param("year", "" + YEAR)
                        .with(READER))
                .andExpect(jsonPath("$.value").value(1))
                .andExpect(jsonPath("$.restated").value(false));

        recognizedIn(YEAR);
        awaitValue(YEAR, 2);
        mvc.perform(get("/api/reports/indicators/" + CODE)
                        .param("year", "" + YEAR)
                        .with(READER))
                .andExpect(jsonPath("$.value").value(2))
                .andExpect(jsonPath("$.published").value(1))
                .andExpect(jsonPath("$.restated").value(true));
        mvc.perform(get("/api/reports/years/" + YEAR + "/publication").with(READER))
                .andExpect(jsonPath("$.indicators[?(@.code == '" + CODE + "')].value")
                        .value(1));
    }

    @Test
    void aYearIsPublishedOnceAndAnUnpublishedOneIs404() throws Exception {
        mvc.perform(post("/api/reports/years/" + (YEAR - 3) + "/publication").with(WRITER))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/reports/years/" + (YEAR - 3) + "/publication").with(WRITER))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/reports/years/" + (YEAR - 4) + "/publication").with(READER))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/reports/years/1800/publication").with(WRITER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    private static void recognizedIn(int year) {
        publisher.send(TopicPublisher.asCloudEvent(highTechWithinYear(uniqueUscc(), District.FANCHANG, year)));
    }

    private void awaitValue(int year, long value) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Indicators.count(Indicators.of(mvc, year), CODE) == value);
    }
}
