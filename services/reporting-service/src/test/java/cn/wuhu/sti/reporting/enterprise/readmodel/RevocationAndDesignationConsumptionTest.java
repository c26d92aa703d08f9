package cn.wuhu.sti.reporting.enterprise.readmodel;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.candidate;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.designated;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.expired;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.recognized;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.report;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.reportWithoutRd;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.revoked;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Indicators.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every event is delivered twice (the same CloudEvent, same {@code ce_id}). Each firm's last event is a report of
 * {@code year + 2} lacking R&amp;D: once all of them count, every earlier copy (same key, same partition) is in. Each
 * test owns its years; designations hold for good, so the second test's years come after the first's.
 */
@ServiceTest
class RevocationAndDesignationConsumptionTest {

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @Test
    void aRevocationCountsOnceAndEndsTheRecognitionEvenWhenItArrivesFirst() {
        int year = 2063;
        String revokedOn31December = uniqueUscc();
        String revokedOn1January = uniqueUscc();
        var yearEndRecognition = recognized(
                revokedOn31December, District.WUWEI, Tier.HIGH_TECH, (year - 1) + "-03-01", (year + 2) + "-02-28");
        var newYearRecognition = recognized(
                revokedOn1January, District.WUWEI, Tier.HIGH_TECH, (year - 1) + "-03-01", (year + 2) + "-02-28");

        publishEachTwice(
                revoked(yearEndRecognition, year + "-12-31"),
                yearEndRecognition,
                expired(yearEndRecognition),
                reportWithoutRd(revokedOn31December, District.WUWEI, year + 2, 1, "100000000"));
        publishEachTwice(
                newYearRecognition,
                revoked(newYearRecognition, (year + 1) + "-01-01"),
                reportWithoutRd(revokedOn1January, District.WUWEI, year + 2, 1, "100000000"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year + 2), "enterprise.rdzero.noactivity.remaining") == 2);
        var ofTheYear = Indicators.of(mvc, year);
        assertThat(count(ofTheYear, "enterprise.revoked")).isEqualTo(1);
        assertThat(count(ofTheYear, "enterprise.hightech.total")).isEqualTo(1);
        var ofTheNextYear = Indicators.of(mvc, year + 1);
        assertThat(count(ofTheNextYear, "enterprise.revoked")).isEqualTo(1);
        assertThat(count(ofTheNextYear, "enterprise.hightech.total")).isZero();
        assertThat(count(Indicators.of(mvc, year, "WUWEI"), "enterprise.revoked"))
                .isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year, "JINGHU"), "enterprise.revoked"))
                .isZero();
    }

    @Test
    void designationsMovesAndClearedZerosCountOncePerFirmInItsDistrict() {
        int year = 2067;
        String designatedFirm = uniqueUscc();
        String movedUp = uniqueUscc();
        String movedAcross = uniqueUscc();
        String clearedActivity = uniqueUscc();

        publishEachTwice(
                designated(designatedFirm, District.WUWEI, Designation.LISTING_RESERVE, (year - 1) + "-05-01"),
                designated(designatedFirm, District.WUWEI, Designation.LISTED, (year + 1) + "-06-30"),
                designated(designatedFirm, District.WUWEI, Designation.LEADER_PROVINCIAL, year + "-12-31"),
                designated(designatedFirm, District.WUWEI, Designation.LEADER_MUNICIPAL, year + "-01-01"),
                reportWithoutRd(designatedFirm, District.WUWEI, year + 2, 1, "100000000"));
        publishEachTwice(
                recognized(movedUp, District.JINGHU, Tier.SRDI_SME, (year - 1) + "-01-01", (year + 1) + "-12-31"),
                recognized(movedUp, District.JINGHU, Tier.HIGH_TECH, year + "-06-01", (year + 3) + "-05-31"),
                candidate(movedUp, District.JINGHU, Tier.LITTLE_GIANT, year),
                reportWithoutRd(movedUp, District.JINGHU, year + 2, 1, "100000000"));
        publishEachTwice(
                recognized(movedAcross, District.JINGHU, Tier.HIGH_TECH, (year - 1) + "-01-01", (year + 1) + "-12-31"),
                recognized(movedAcross, District.JINGHU, Tier.SRDI_SME, year + "-04-01", (year + 3) + "-03-31"),
                reportWithoutRd(movedAcross, District.JINGHU, year + 2, 1, "100000000"));
        publishEachTwice(
                reportWithoutRd(clearedActivity, District.JINGHU, year - 1, 1, "100000000"),
                report(clearedActivity, District.JINGHU, year, 1, "100000000", true, true),
                reportWithoutRd(clearedActivity, District.JINGHU, year + 2, 1, "100000000"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year + 2), "enterprise.rdzero.noactivity.remaining") == 4);
        var ofTheYear = Indicators.of(mvc, year);
        assertThat(count(ofTheYear, "enterprise.listingreserve.total")).isEqualTo(1);
        assertThat(count(ofTheYear, "enterprise.listed.total")).isZero();
        assertThat(count(ofTheYear, "enterprise.leaders.provincial.total")).isEqualTo(1);
        assertThat(count(ofTheYear, "enterprise.leaders.municipal.total")).isEqualTo(1);
        assertThat(count(ofTheYear, "enterprise.moves.srdi.hightech")).isEqualTo(1);
        assertThat(count(ofTheYear, "enterprise.moves.hightech.srdi")).isEqualTo(1);
        assertThat(count(ofTheYear, "enterprise.rdzero.noactivity.cleared")).isEqualTo(1);
        assertThat(count(ofTheYear, "enterprise.rdzero.noactivity.remaining")).isZero();
        var ofTheNextYear = Indicators.of(mvc, year + 1);
        assertThat(count(ofTheNextYear, "enterprise.listingreserve.total")).isZero();
        assertThat(count(ofTheNextYear, "enterprise.listed.total")).isEqualTo(1);
        var inWuwei = Indicators.of(mvc, year, "WUWEI");
        assertThat(count(inWuwei, "enterprise.listingreserve.total")).isEqualTo(1);
        assertThat(count(inWuwei, "enterprise.moves.srdi.hightech")).isZero();
        assertThat(count(Indicators.of(mvc, year, "JINGHU"), "enterprise.moves.srdi.hightech"))
                .isEqualTo(1);
    }

    private static void publishEachTwice(DomainEvent... events) {
        for (DomainEvent event : List.of(events)) {
            CloudEvent once = TopicPublisher.asCloudEvent(event);
            publisher.send(once);
            publisher.send(once);
        }
    }
}
