package cn.wuhu.sti.reporting.parks.readmodel;

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
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.FactsEndpoint;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each test owns its years and its district: the parks in use and the occupancy stand at year end, so they count
 * every earlier year's parks too, and no other parks test uses an earlier year in the same district.
 */
@ServiceTest
class ParksEventConsumptionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @Test
    void aParkAndItsTenantsCountInTheParksDistrictAndTheOccupancyStandsAtYearEnd() {
        int year = 2011;
        String park = uniqueId("park");
        String dispatch = uniqueId("dispatch");
        String leaving = uniqueUscc();

        topics.publish(
                parkPlanned(park, (year - 1) + "-03-01", District.NANLING),
                constructionStarted(park, (year - 1) + "-06-01", District.NANLING),
                parkOpened(park, year + "-05-01", District.NANLING, "2000.00"),
                movedIn(park, uniqueUscc(), year + "-06-01", District.NANLING, "500.00"),
                movedIn(park, leaving, year + "-07-01", District.NANLING, "300.00"),
                movedOut(park, leaving, year + "-12-31", District.NANLING, "300.00"),
                dispatchHeld(dispatch, year + "-08-01", DispatchChair.CITY_LEADER, park));

        await().atMost(PATIENCE)
                .until(() -> count(Indicators.of(mvc, year, "NANLING"), "parks.dispatches.cityleader") == 1
                        && Indicators.of(mvc, year, "NANLING")
                                        .get("parks.occupancy")
                                        .compareTo(new BigDecimal("25.00"))
                                == 0);
        Map<String, BigDecimal> nanling = Indicators.of(mvc, year, "NANLING");
        assertThat(count(nanling, "parks.tenants.movedin")).isEqualTo(2);
        assertThat(count(nanling, "parks.opened")).isEqualTo(1);
        assertThat(count(nanling, "parks.inuse.total")).isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year - 1, "NANLING"), "parks.construction.started"))
                .isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year - 1, "NANLING"), "parks.inuse.total"))
                .isZero();
        Map<String, BigDecimal> jinghu = Indicators.of(mvc, year, "JINGHU");
        assertThat(count(jinghu, "parks.tenants.movedin")).isZero();
        assertThat(count(jinghu, "parks.dispatches.cityleader")).isZero();
        assertThat(count(Indicators.of(mvc, year), "parks.tenants.movedin")).isEqualTo(2);
    }

    /**
     * The events go under one record key, so they sit in one partition in the order sent: once the last one (a
     * platform) counts, every re-send before it was consumed.
     */
    @Test
    void eventsSentAgainCountOnce() {
        int year = 2013;
        String key = uniqueId("resend");
        String park = uniqueId("park");
        String carrier = uniqueId("carrier");
        CloudEvent moveIn =
                TopicPublisher.asCloudEvent(movedIn(park, uniqueUscc(), year + "-03-01", District.FANCHANG, "100.00"));
        CloudEvent raise = TopicPublisher.asCloudEvent(carrierRaised(
                carrier,
                CarrierKind.MAKER_SPACE,
                AccreditationLevel.MUNICIPAL,
                AccreditationLevel.PROVINCIAL,
                year + "-04-01",
                District.FANCHANG));
        CloudEvent dispatch = TopicPublisher.asCloudEvent(
                dispatchHeld(uniqueId("dispatch"), year + "-05-01", DispatchChair.BUREAU, park));

        sendUnder(key, parkPlanned(park, (year - 1) + "-01-01", District.FANCHANG));
        sendUnder(key, parkOpened(park, year + "-02-01", District.FANCHANG, "400.00"));
        sendUnder(
                key,
                carrierAccredited(
                        carrier,
                        CarrierKind.MAKER_SPACE,
                        AccreditationLevel.MUNICIPAL,
                        (year - 1) + "-06-01",
                        District.FANCHANG));
        for (int i = 0; i < 2; i++) {
            sendUnder(key, moveIn);
            sendUnder(key, raise);
            sendUnder(key, dispatch);
        }
        sendUnder(
                key,
                platformAccredited(
                        uniqueId("platform"), AccreditationLevel.NATIONAL, year + "-06-01", District.FANCHANG));

        await().atMost(PATIENCE)
                .until(() -> count(Indicators.of(mvc, year, "FANCHANG"), "platforms.provincialplus.new") == 1);
        Map<String, BigDecimal> fanchang = Indicators.of(mvc, year, "FANCHANG");
        assertThat(count(fanchang, "parks.tenants.movedin")).isEqualTo(1);
        assertThat(fanchang.get("parks.occupancy")).isEqualTo(new BigDecimal("25.00"));
        assertThat(count(fanchang, "carriers.provincialplus.new")).isEqualTo(1);
        assertThat(count(fanchang, "parks.dispatches.bureau")).isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year - 1, "FANCHANG"), "carriers.provincialplus.new"))
                .isZero();
        assertThat(count(Indicators.of(mvc, year + 1, "FANCHANG"), "carriers.provincialplus.new"))
                .isZero();
    }

    /** Jiangbei has no other parks test's parks, so its occupancy at year end stands on this test's events only. */
    @Test
    void theMoveInsAndTheOccupancyListTheEventsTheyWereComputedFrom() {
        int year = 2057;
        String park = uniqueId("park");
        String leaving = uniqueUscc();
        CloudEvent opened =
                TopicPublisher.asCloudEvent(parkOpened(park, year + "-03-01", District.JIANGBEI, "1000.00"));
        CloudEvent staying =
                TopicPublisher.asCloudEvent(movedIn(park, uniqueUscc(), year + "-04-01", District.JIANGBEI, "300.00"));
        CloudEvent arriving =
                TopicPublisher.asCloudEvent(movedIn(park, leaving, year + "-05-01", District.JIANGBEI, "200.00"));
        CloudEvent departing =
                TopicPublisher.asCloudEvent(movedOut(park, leaving, year + "-12-31", District.JIANGBEI, "200.00"));

        topics.publish(parkPlanned(park, (year - 1) + "-01-01", District.JIANGBEI));
        topics.send(opened);
        topics.send(staying);
        topics.send(staying);
        topics.send(arriving);
        topics.send(departing);

        await().atMost(PATIENCE)
                .until(() -> Indicators.of(mvc, year, "JIANGBEI")
                                .get("parks.occupancy")
                                .compareTo(new BigDecimal("30.00"))
                        == 0);
        var movedIn = FactsEndpoint.behind(mvc, "parks.tenants.movedin", year);
        assertThat(movedIn.eventIds()).containsExactly(staying.getId(), arriving.getId());
        assertThat(FactsEndpoint.byIndustry(mvc, "parks.tenants.movedin", year))
                .containsExactly(entry("UNSPECIFIED", movedIn.value()));
        assertThat(FactsEndpoint.behind(mvc, "parks.occupancy", year, "JIANGBEI")
                        .eventIds())
                .containsExactlyInAnyOrder(opened.getId(), staying.getId(), arriving.getId(), departing.getId());
        assertThat(FactsEndpoint.behind(mvc, "parks.opened", year).eventIds()).containsExactly(opened.getId());
    }

    private static void sendUnder(String key, DomainEvent event) {
        sendUnder(key, TopicPublisher.asCloudEvent(event));
    }

    private static void sendUnder(String key, CloudEvent event) {
        topics.sendUnder(Topics.PARKS, key, event);
    }
}
