package cn.wuhu.sti.talent.api;

import static cn.wuhu.sti.talent.api.TalentApi.created;
import static cn.wuhu.sti.talent.api.TalentApi.dated;
import static cn.wuhu.sti.talent.api.TalentApi.dropping;
import static cn.wuhu.sti.talent.api.TalentApi.enclave;
import static cn.wuhu.sti.talent.api.TalentApi.enclaveProject;
import static cn.wuhu.sti.talent.api.TalentApi.fundProject;
import static cn.wuhu.sti.talent.api.TalentApi.incorporation;
import static cn.wuhu.sti.talent.api.TalentApi.investment;
import static cn.wuhu.sti.talent.api.TalentApi.landing;
import static cn.wuhu.sti.talent.api.TalentApi.team;
import static cn.wuhu.sti.talent.api.TalentApi.write;
import static cn.wuhu.sti.talent.api.TalentApi.writer;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.BadInput;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Malformed, truncated, wrongly typed and oversized bodies at every POST of the talent API: each is refused with a
 * 4xx problem, and nothing is stored or queued for publication.
 */
@ServiceTest
class BadInputTest {

    private static final int TRIES = 120;
    private static final int LONGEST_TEXT_FIELD = 500;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    @Test
    void everyTeamEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String team = "/api/talent/teams/" + created(mvc, "/api/talent/teams", team("JINGHU"));

        refusesEveryBadBody("/api/talent/teams", team("JINGHU"));
        refusesEveryBadBody(team + "/negotiation", dated("2030-01-01"));
        refusesEveryBadBody(team + "/signing", dated("2030-01-01"));
        refusesEveryBadBody(team + "/landing", landing("2030-01-01", "WUWEI"));
        refusesEveryBadBody(team + "/incorporation", incorporation("2030-01-01", freshUscc()));
        refusesEveryBadBody(team + "/drop", dropping("2030-01-01"));
    }

    @Test
    void everyFundProjectEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String project =
                "/api/talent/fund-projects/" + created(mvc, "/api/talent/fund-projects", fundProject("2023-01-01"));

        refusesEveryBadBody("/api/talent/fund-projects", fundProject("2023-01-01"));
        refusesEveryBadBody(project + "/due-diligence", dated("2023-02-01"));
        refusesEveryBadBody(project + "/investment", investment("2023-03-01", "1000000.50"));
        refusesEveryBadBody(project + "/rejection", dropping("2023-03-01"));
    }

    @Test
    void everyEnclaveEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String enclave = "/api/talent/enclaves/" + created(mvc, "/api/talent/enclaves", enclave("2022-01-01"));
        String project = enclave + "/projects/" + created(mvc, enclave + "/projects", enclaveProject("2022-05-01"));

        refusesEveryBadBody("/api/talent/enclaves", enclave("2022-01-01"));
        refusesEveryBadBody(enclave + "/projects", enclaveProject("2022-05-01"));
        refusesEveryBadBody(project + "/landing", landing("2023-01-01", "JINGHU"));
    }

    @Test
    void aMissingFieldIs400NamingItAtEveryEndpointAndStoresNothing() throws Exception {
        String team = "/api/talent/teams/" + created(mvc, "/api/talent/teams", team("JINGHU"));
        String project =
                "/api/talent/fund-projects/" + created(mvc, "/api/talent/fund-projects", fundProject("2023-01-01"));
        String enclave = "/api/talent/enclaves/" + created(mvc, "/api/talent/enclaves", enclave("2022-01-01"));
        String enclaveProject =
                enclave + "/projects/" + created(mvc, enclave + "/projects", enclaveProject("2022-05-01"));
        Map<String, Long> before = StoreSnapshot.of(mongo);

        for (String field : new String[] {"name", "leader", "industry", "district", "originRegion"}) {
            refusesWithout("/api/talent/teams", team("JINGHU"), field);
        }
        refusesWithout(team + "/negotiation", dated("2030-01-01"), "date");
        refusesWithout(team + "/signing", dated("2030-01-01"), "date");
        refusesWithout(team + "/landing", landing("2030-01-01", "WUWEI"), "district");
        refusesWithout(team + "/incorporation", incorporation("2030-01-01", freshUscc()), "uscc");
        refusesWithout(team + "/drop", dropping("2030-01-01"), "reason");
        refusesWithout("/api/talent/fund-projects", fundProject("2023-01-01"), "sourcedOn");
        refusesWithout(project + "/due-diligence", dated("2023-02-01"), "date");
        refusesWithout(project + "/investment", investment("2023-03-01", "1000000.50"), "amount");
        refusesWithout(project + "/rejection", dropping("2023-03-01"), "reason");
        refusesWithout("/api/talent/enclaves", enclave("2022-01-01"), "city");
        refusesWithout(enclave + "/projects", enclaveProject("2022-05-01"), "industry");
        refusesWithout(enclaveProject + "/landing", landing("2023-01-01", "JINGHU"), "date");

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    @Test
    void anInvalidCreditCodeAtIncorporationIs400AndLeavesTheTeamAsItWas() throws Exception {
        String id = created(mvc, "/api/talent/teams", team("JINGHU"));
        String uscc = freshUscc();
        String wrongCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        Map<String, Long> before = StoreSnapshot.of(mongo);

        mvc.perform(write("/api/talent/teams/" + id + "/incorporation", incorporation("2030-01-01", wrongCheck)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("uscc")));

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    private void refusesWithout(String path, String validBody, String field) throws Exception {
        BadInput.of(context).refusedWithout(path, validBody, field, writer());
    }

    private void refusesEveryBadBody(String path, String validBody) {
        BadInput.of(context).tries(TRIES).longestText(LONGEST_TEXT_FIELD).refusedAt(path, validBody, writer());
    }
}
