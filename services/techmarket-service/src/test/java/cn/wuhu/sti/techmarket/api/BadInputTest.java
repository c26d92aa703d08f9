package cn.wuhu.sti.techmarket.api;

import static cn.wuhu.sti.techmarket.api.TechmarketApi.achievement;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.activity;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.award;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.challenge;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.completion;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.contract;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.correction;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.created;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.demand;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.freshRegistrationNo;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.landing;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.match;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.programmeProject;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.scenario;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.withdrawal;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.writer;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.service.BadInput;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Malformed, truncated, wrongly typed and oversized bodies at every POST of the tech-market API: each is refused with
 * a 4xx problem naming the field, and nothing is stored or queued for publication.
 */
@ServiceTest
class BadInputTest {

    private static final int TRIES = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    @Test
    void everyContractEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String no = freshRegistrationNo();
        created(mvc, "/api/techmarket/contracts", contract(no, freshUscc(), "1000", "800"));
        String contract = "/api/techmarket/contracts/" + no;

        refusesEveryBadBody(
                "/api/techmarket/contracts", contract(freshRegistrationNo(), freshUscc(), "1000", "800"), 200);
        refusesEveryBadBody(contract + "/correction", correction("2023-04-01", "2023-01-10", "JIUJIANG", "900"), 200);
        refusesEveryBadBody(contract + "/withdrawal", withdrawal("2023-04-01"), 500);
    }

    @Test
    void everyMatchingEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String achievement = created(mvc, "/api/techmarket/achievements", achievement("激光焊接工艺", "HIGH_END_EQUIPMENT"));
        String demand = created(mvc, "/api/techmarket/demands", demand("车身焊接需求", freshUscc(), "HIGH_END_EQUIPMENT"));

        refusesEveryBadBody("/api/techmarket/achievements", achievement("激光焊接工艺", "HIGH_END_EQUIPMENT"), 2000);
        refusesEveryBadBody("/api/techmarket/demands", demand("车身焊接需求", freshUscc(), "HIGH_END_EQUIPMENT"), 2000);
        refusesEveryBadBody("/api/techmarket/matches", match(achievement, demand, "2023-04-01"), 100);
    }

    @Test
    void everyChallengeScenarioProgrammeAndActivityEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String challenge =
                "/api/techmarket/challenges/" + created(mvc, "/api/techmarket/challenges", challenge("KEY_CORE_TECH"));
        String awarded =
                "/api/techmarket/challenges/" + created(mvc, "/api/techmarket/challenges", challenge("KEY_CORE_TECH"));
        created(mvc, awarded + "/award", award(freshUscc(), "100", "2023-05-01"));
        String scenario =
                "/api/techmarket/scenarios/" + created(mvc, "/api/techmarket/scenarios", scenario("CAPABILITY"));

        refusesEveryBadBody("/api/techmarket/challenges", challenge("MAJOR_ACHIEVEMENT"), 200);
        refusesEveryBadBody(challenge + "/award", award(freshUscc(), "100", "2023-05-01"), 200);
        refusesEveryBadBody(awarded + "/completion", completion("2023-12-01", "COMPLETED"), 200);
        refusesEveryBadBody("/api/techmarket/scenarios", scenario("CAPABILITY"), 200);
        refusesEveryBadBody(scenario + "/landing", landing("2023-08-01", "JIANGBEI"), 200);
        refusesEveryBadBody("/api/techmarket/programme-projects", programmeProject(freshUscc(), "1", "2"), 200);
        refusesEveryBadBody("/api/techmarket/activities", activity("OTHER", "2023-09-09"), 200);
    }

    @Test
    void aMissingFieldIs400NamingItAtEveryCreateAndStoresNothing() throws Exception {
        var before = StoreSnapshot.of(mongo);

        for (String field : new String[] {"registrationNo", "kind", "seller", "contractAmount", "registeredOn"}) {
            refusesWithout("/api/techmarket/contracts", contract(freshRegistrationNo(), freshUscc(), "1", "1"), field);
        }
        refusesWithout("/api/techmarket/achievements", achievement("激光焊接工艺", "AI"), "owner");
        refusesWithout("/api/techmarket/demands", demand("车身焊接需求", freshUscc(), "AI"), "enterpriseUscc");
        refusesWithout("/api/techmarket/matches", match("a", "d", "2023-04-01"), "demandId");
        refusesWithout("/api/techmarket/challenges", challenge("KEY_CORE_TECH"), "category");
        refusesWithout("/api/techmarket/scenarios", scenario("CAPABILITY"), "list");
        refusesWithout("/api/techmarket/programme-projects", programmeProject(freshUscc(), "1", "2"), "publicFunding");
        refusesWithout("/api/techmarket/activities", activity("OTHER", "2023-09-09"), "heldOn");

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    private void refusesWithout(String path, String validBody, String field) throws Exception {
        BadInput.of(context).refusedWithout(path, validBody, field, writer());
    }

    private void refusesEveryBadBody(String path, String validBody, int longestText) {
        BadInput.of(context).tries(TRIES).longestText(longestText).refusedAt(path, validBody, writer());
    }
}
