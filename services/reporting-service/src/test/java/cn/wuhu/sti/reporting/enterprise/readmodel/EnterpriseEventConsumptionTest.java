package cn.wuhu.sti.reporting.enterprise.readmodel;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.registered;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.reportWithoutRd;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Indicators.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each test owns a year, so the tests sharing the broker and the store do not see each other's firms. */
@ServiceTest
class EnterpriseEventConsumptionTest {

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @Test
    void theSameCloudEventDeliveredTwiceIsCountedOnce() {
        int year = 2031;
        String uscc = uniqueUscc();
        CloudEvent recognition = TopicPublisher.asCloudEvent(highTechWithinYear(uscc, District.JINGHU, year));

        publisher.send(recognition);
        publisher.send(recognition);
        // a later event with the same key follows both copies in the partition: once it is in, so are they
        publisher.publish(reportWithoutRd(uscc, District.JINGHU, year + 1, 1, "100000000"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year + 1), "enterprise.rdzero.noactivity.remaining") == 1);
        assertThat(count(Indicators.of(mvc, year), "enterprise.hightech.new")).isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year), "enterprise.hightech.total")).isEqualTo(1);
    }

    @Test
    void anOlderAnnualReportArrivingAfterANewerOneChangesNothing() {
        int year = 2033;
        String uscc = uniqueUscc();

        publisher.publish(
                reportWithoutRd(uscc, District.YIJIANG, year, 2, "100000000"),
                reportWithoutRd(uscc, District.YIJIANG, year, 1, "600000000"),
                reportWithoutRd(uscc, District.YIJIANG, year + 1, 1, "100000000"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year + 1), "enterprise.rdzero.noactivity.remaining") == 1);
        var indicators = Indicators.of(mvc, year);
        assertThat(count(indicators, "enterprise.rdzero.noactivity.remaining")).isEqualTo(1);
        // revision 1 said 600 million, which would also count as lacking an R&D institution
        assertThat(count(indicators, "enterprise.rdzero.noinstitution.remaining"))
                .isZero();
    }

    @Test
    void aLaterRevisionOfTheAnnualReportSupersedesTheEarlier() {
        int year = 2035;
        String uscc = uniqueUscc();

        publisher.publish(reportWithoutRd(uscc, District.WUWEI, year, 1, "600000000"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "enterprise.rdzero.noinstitution.remaining") == 1);

        publisher.publish(reportWithoutRd(uscc, District.WUWEI, year, 2, "99999999.99"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var indicators = Indicators.of(mvc, year);
            assertThat(count(indicators, "enterprise.rdzero.noinstitution.remaining"))
                    .isZero();
            assertThat(count(indicators, "enterprise.rdzero.noactivity.remaining"))
                    .isZero();
        });
    }

    @Test
    void aDistrictFilterCountsOnlyTheFirmsOfThatDistrict() {
        int year = 2037;
        String inFanchang = uniqueUscc();
        String inNanling = uniqueUscc();
        String alsoInNanling = uniqueUscc();

        publisher.publish(
                registered(inFanchang, District.FANCHANG),
                highTechWithinYear(inFanchang, District.FANCHANG, year),
                registered(inNanling, District.NANLING),
                highTechWithinYear(inNanling, District.NANLING, year),
                highTechWithinYear(alsoInNanling, District.NANLING, year));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "enterprise.hightech.total") == 3);
        assertThat(count(Indicators.of(mvc, year, "NANLING"), "enterprise.hightech.total"))
                .isEqualTo(2);
        assertThat(count(Indicators.of(mvc, year, "FANCHANG"), "enterprise.hightech.new"))
                .isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year, "JINGHU"), "enterprise.hightech.total"))
                .isZero();
    }
}
