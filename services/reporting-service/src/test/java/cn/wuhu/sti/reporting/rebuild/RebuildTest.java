package cn.wuhu.sti.reporting.rebuild;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.recognized;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.registered;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.report;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.reportWithoutRd;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.ParksEvents.carrierAccredited;
import static cn.wuhu.sti.reporting.support.ParksEvents.carrierRaised;
import static cn.wuhu.sti.reporting.support.ParksEvents.constructionStarted;
import static cn.wuhu.sti.reporting.support.ParksEvents.dispatchHeld;
import static cn.wuhu.sti.reporting.support.ParksEvents.movedIn;
import static cn.wuhu.sti.reporting.support.ParksEvents.movedOut;
import static cn.wuhu.sti.reporting.support.ParksEvents.parkOpened;
import static cn.wuhu.sti.reporting.support.ParksEvents.parkPlanned;
import static cn.wuhu.sti.reporting.support.ParksEvents.platformAccredited;
import static cn.wuhu.sti.reporting.support.Scopes.ADMIN;
import static cn.wuhu.sti.reporting.support.StatisticsEvents.reported;
import static cn.wuhu.sti.reporting.support.TalentEvents.enclaveProjectLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.fundProjectInvested;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamIncorporated;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.achievementPublished;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.challengeAwarded;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.corrected;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.programmeProjectApproved;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.uniqueRegistrationNo;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.reporting.support.Scopes;
import cn.wuhu.sti.reporting.support.TechmarketEvents;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class RebuildTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    List<ReadModel> readModels;

    @Autowired
    ReadModelGenerations generations;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private static final String REBUILD = "/api/reports/admin/rebuild";

    @Test
    void aRebuildReplaysBesideTheReadModelsAndSwitchesToIdenticalOnesWithoutAnAnswerChanging() throws Exception {
        int year = 2051;
        String renewed = uniqueUscc();
        String superseded = uniqueUscc();
        String incorporated = uniqueId("team");
        String landedTwice = uniqueId("team");
        String enclave = uniqueId("enclave");
        var correctedContract = TechmarketEvents.registered(
                uniqueRegistrationNo(), (year - 1) + "-12-30", year + "-01-02", District.WHTZ, "1000.10");
        var withdrawnContract = TechmarketEvents.registered(
                uniqueRegistrationNo(), year + "-02-01", year + "-02-02", District.WHTZ, "50.00");
        String park = uniqueId("park");
        String carrier = uniqueId("carrier");
        String leaving = uniqueUscc();
        try (var publisher = new TopicPublisher(bootstrapServers)) {
            publisher.publish(
                    registered(renewed, District.WHTZ),
                    recognized(renewed, District.WHTZ, Tier.HIGH_TECH, (year - 3) + "-06-01", (year) + "-05-31"),
                    recognized(renewed, District.WHTZ, Tier.HIGH_TECH, year + "-06-01", (year + 3) + "-05-31"),
                    highTechWithinYear(superseded, District.WHTZ, year),
                    recognized(superseded, District.WHTZ, Tier.LITTLE_GIANT, year + "-01-01", year + "-12-31"),
                    reportWithoutRd(superseded, District.WHTZ, year, 1, "700000000"),
                    report(superseded, District.WHTZ, year, 2, "700000000", true, false),
                    teamLanded(incorporated, (year - 1) + "-12-31", District.WHTZ),
                    teamIncorporated(incorporated, year + "-01-01", District.WHTZ),
                    teamLanded(landedTwice, year + "-04-01", District.WHTZ),
                    teamLanded(landedTwice, year + "-04-01", District.WHTZ),
                    fundProjectInvested(uniqueId("fund-project"), year + "-06-30", "2500000.50"),
                    enclaveProjectLanded(enclave, uniqueId("enclave-project"), year + "-11-11", District.WHTZ),
                    correctedContract,
                    corrected(correctedContract, year + "-03-01", year + "-01-02", District.WHTZ, "1200.20"),
                    withdrawnContract,
                    withdrawn(withdrawnContract, year + "-03-01"),
                    achievementPublished(uniqueId("achievement"), year + "-12-31", Optional.of(District.WHTZ)),
                    challengeAwarded(uniqueId("challenge"), year + "-07-01", "3000000.01"),
                    programmeProjectApproved(uniqueId("project"), year + "-04-01", District.WHTZ, "0.10", "0.20"),
                    parkPlanned(park, (year - 1) + "-01-01", District.WHTZ),
                    constructionStarted(park, (year - 1) + "-03-01", District.WHTZ),
                    parkOpened(park, year + "-01-01", District.WHTZ, "3000.00"),
                    movedIn(park, uniqueUscc(), year + "-02-01", District.WHTZ, "1000.00"),
                    movedIn(park, leaving, year + "-02-01", District.WHTZ, "500.00"),
                    movedOut(park, leaving, year + "-10-01", District.WHTZ, "500.00"),
                    carrierAccredited(
                            carrier,
                            CarrierKind.INCUBATOR,
                            AccreditationLevel.MUNICIPAL,
                            (year - 1) + "-05-01",
                            District.WHTZ),
                    carrierRaised(
                            carrier,
                            CarrierKind.INCUBATOR,
                            AccreditationLevel.MUNICIPAL,
                            AccreditationLevel.PROVINCIAL,
                            year + "-05-01",
                            District.WHTZ),
                    platformAccredited(
                            uniqueId("platform"), AccreditationLevel.NATIONAL, year + "-06-01", District.WHTZ),
                    dispatchHeld(uniqueId("dispatch"), year + "-07-01", DispatchChair.CITY_LEADER, park),
                    reported(year, 1, "100000", "3000", "10"),
                    reported(year, 2, "100000", "3755", "20"),
                    reported(year, 1, "100000", "3000", "10"));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "enterprise.littlegiant.total") == 1
                        && count(Indicators.of(mvc, year), "enterprise.hightech.total") == 2
                        && count(Indicators.of(mvc, year), "enterprise.rdzero.noinstitution.remaining") == 1
                        && count(Indicators.of(mvc, year), "talent.teams.incorporated") == 1
                        && count(Indicators.of(mvc, year), "talent.fund.invested.count") == 1
                        && count(Indicators.of(mvc, year), "talent.enclave.projects.landed") == 1
                        && count(Indicators.of(mvc, year), "techmarket.programme.projects") == 1
                        && count(Indicators.of(mvc, year, "WHTZ"), "parks.dispatches.cityleader") == 1
                        && count(Indicators.of(mvc, year, "WHTZ"), "carriers.provincialplus.new") == 1
                        && count(Indicators.of(mvc, year, "WHTZ"), "platforms.provincialplus.new") == 1
                        && Indicators.of(mvc, year, "WHTZ")
                                        .get("parks.occupancy")
                                        .compareTo(new BigDecimal("33.33"))
                                == 0
                        && new BigDecimal("3.76")
                                .equals(Indicators.of(mvc, year).get("rd.intensity"))
                        && Indicators.of(mvc, year)
                                        .get("techmarket.contracts.amount")
                                        .compareTo(new BigDecimal("1200.20"))
                                == 0);
        var before = Indicators.of(mvc, year);
        var districtBefore = Indicators.of(mvc, year, "WHTZ");
        assertThat(count(before, "enterprise.hightech.new")).isEqualTo(1);
        assertThat(count(before, "enterprise.rdzero.noactivity.remaining")).isZero();
        assertThat(count(before, "talent.teams.landed")).isEqualTo(1);
        assertThat(before.get("talent.fund.invested.amount")).isEqualTo(new BigDecimal("2500000.50"));
        assertThat(count(before, "techmarket.contracts.count")).isEqualTo(1);
        assertThat(before.get("techmarket.challenges.awarded.amount")).isEqualTo(new BigDecimal("3000000.01"));
        assertThat(count(districtBefore, "parks.tenants.movedin")).isEqualTo(2);
        assertThat(count(districtBefore, "parks.opened")).isEqualTo(1);
        assertThat(before.get("stats.fiscal.sti.amount")).isEqualByComparingTo("20");

        mvc.perform(put("/api/reports/targets/" + year)
                        .with(Scopes.WRITER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":{\"talent.teams.landed\":5}}"))
                .andExpect(status().isOk());
        String factsBefore = facts(year);
        Map<String, List<Document>> readModelsBefore = readModels();
        Map<String, List<Document>> untouchedBefore = untouched();
        long generationBefore = progress().path("generation").asLong();

        JsonNode started = json(mvc.perform(post(REBUILD).with(ADMIN))
                .andExpect(status().isAccepted())
                .andReturn());
        assertThat(started.path("generation").asLong()).isEqualTo(generationBefore + 1);
        assertThat(started.path("startedAt").isMissingNode()).isFalse();
        assertThat(started.at("/lagLeft/topics").propertyNames())
                .containsExactlyInAnyOrder(
                        Topics.ENTERPRISE, Topics.TALENT, Topics.TECHMARKET, Topics.PARKS, Topics.STATISTICS);

        int answersWhileReplaying = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (progress().path("state").asString().equals("REPLAYING")) {
            assertThat(System.nanoTime()).as("replay still running after 60 s").isLessThan(deadline);
            assertThat(Indicators.of(mvc, year)).isEqualTo(before);
            assertThat(Indicators.of(mvc, year, "WHTZ")).isEqualTo(districtBefore);
            assertThat(facts(year)).isEqualTo(factsBefore);
            answersWhileReplaying++;
        }
        System.out.println("Answers read while the rebuild replayed, all as before: " + answersWhileReplaying);

        JsonNode done = progress();
        assertThat(done.path("state").asString()).isEqualTo("IDLE");
        assertThat(done.path("generation").asLong()).isEqualTo(generationBefore + 1);
        assertThat(done.at("/lagLeft/total").asLong()).isZero();
        assertThat(done.path("replayed").asLong())
                .isGreaterThanOrEqualTo(started.at("/lagLeft/total").asLong())
                .isPositive();
        assertThat(done.path("switchedAt").isMissingNode()).isFalse();
        assertThat(Indicators.of(mvc, year)).isEqualTo(before);
        assertThat(Indicators.of(mvc, year, "WHTZ")).isEqualTo(districtBefore);
        assertThat(facts(year)).isEqualTo(factsBefore);
        assertThat(readModels()).isEqualTo(readModelsBefore);
        assertThat(untouched()).isEqualTo(untouchedBefore);
        assertThat(untouchedBefore.get("targets")).isNotEmpty();
        assertThat(mongo.getCollectionNames())
                .as("the generation read before is dropped")
                .doesNotContainAnyElementsOf(readModels.stream()
                        .map(model -> ReadModelGenerations.named(model.collection(), generationBefore))
                        .toList());
    }

    private JsonNode progress() throws Exception {
        return json(
                mvc.perform(get(REBUILD).with(ADMIN)).andExpect(status().isOk()).andReturn());
    }

    private String facts(int year) throws Exception {
        return mvc.perform(get("/api/reports/indicators/talent.teams.incorporated/facts?year=" + year)
                        .with(Scopes.READER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Every read model's documents in the generation read, by the read model's own collection. */
    /** Each read model's documents, without {@code seq}: the number of the write, which a replay writes anew. */
    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> documents = new TreeMap<>();
        readModels.forEach(model -> documents.put(
                model.collection(),
                documentsOf(generations.toRead(model.collection())).stream()
                        .peek(doc -> doc.remove("seq"))
                        .toList()));
        return documents;
    }

    private Map<String, List<Document>> untouched() {
        Map<String, List<Document>> documents = new TreeMap<>();
        for (String collection : List.of("targets", "statistics", "publications")) {
            documents.put(collection, documentsOf(collection));
        }
        return documents;
    }

    private List<Document> documentsOf(String collection) {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
    }

    private static JsonNode json(MvcResult result) {
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
    }
}
