package cn.wuhu.sti.enterprise.expiry;

import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.EnterpriseApplication;
import cn.wuhu.sti.enterprise.application.EnterpriseService;
import cn.wuhu.sti.enterprise.application.ExpiryAnnouncer;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.RecognitionExpired;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceInstance;
import cn.wuhu.sti.test.service.ServiceTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An expiry is published once per recognition: two replicas sweeping at the same moment, then a replica started
 * afresh after the first stopped, still give one {@code recognition-expired} record each on the topic.
 */
@ServiceTest(properties = "sti.outbox.auto-startup=false")
class ExpiryOnceTest {

    private static final int FIRMS = 12;
    private static final String EXPIRED_TYPE =
            EventCatalog.of(RecognitionExpired.class).type();

    @RegisterExtension
    static final TopicProbe topic = TopicProbe.onTheSharedBroker(Topics.ENTERPRISE);

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    ExpiryAnnouncer announcer;

    @Test
    void twoReplicasAndARestartPublishEachExpiryOnce() throws Exception {
        List<String> firms = new ArrayList<>();
        for (int i = 0; i < FIRMS; i++) {
            firms.add(firmWithTwoRecognitionsThatRanOut());
        }

        int publishedByBoth;
        try (var other = ServiceInstance.start(EnterpriseApplication.class, "sti.enterprise.expiry.enabled=false")) {
            publishedByBoth = sweepAtOnce(announcer, other.bean(ExpiryAnnouncer.class));
        }
        int publishedAfterRestart;
        try (var restarted =
                ServiceInstance.start(EnterpriseApplication.class, "sti.enterprise.expiry.enabled=false")) {
            publishedAfterRestart = restarted.bean(ExpiryAnnouncer.class).sweep();
            for (String uscc : firms) {
                // registered, two recognitions and two expiries: the restarted replica's relay publishes them
                topic.awaitRecords(uscc, 5);
            }
        }

        assertThat(publishedByBoth).isGreaterThanOrEqualTo(2 * FIRMS);
        assertThat(publishedAfterRestart).isZero();
        for (String uscc : firms) {
            List<String> expired = topic.readToEnd(uscc).stream()
                    .filter(record -> EXPIRED_TYPE.equals(TopicProbe.header(record, "ce_type")))
                    .map(ExpiryOnceTest::certificateOf)
                    .toList();
            assertThat(expired).as("expiries of " + uscc).containsExactlyInAnyOrder("GR-" + uscc, "TS-" + uscc);
        }
    }

    /** Both replicas sweep at the same moment, three times over; returns how many expiries they published together. */
    private static int sweepAtOnce(ExpiryAnnouncer first, ExpiryAnnouncer second) throws Exception {
        var start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> a = () -> sweeps(first, start);
            Callable<Integer> b = () -> sweeps(second, start);
            var results = pool.invokeAll(List.of(a, b));
            return results.get(0).get() + results.get(1).get();
        } finally {
            pool.shutdown();
        }
    }

    private static int sweeps(ExpiryAnnouncer announcer, CyclicBarrier start) throws Exception {
        int published = 0;
        for (int round = 0; round < 3; round++) {
            start.await();
            published += announcer.sweep();
        }
        return published;
    }

    private String firmWithTwoRecognitionsThatRanOut() {
        String uscc = freshUscc();
        enterprises.register(new EnterpriseCommands.Register(
                new Uscc(uscc), "芜湖到期测试有限公司", District.JINGHU, Industry.ROBOTICS, LocalDate.of(2015, 1, 1)));
        enterprises.recognize(
                uscc,
                new EnterpriseCommands.Recognize(
                        Tier.HIGH_TECH, "GR-" + uscc, LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31)));
        enterprises.recognize(
                uscc,
                new EnterpriseCommands.Recognize(
                        Tier.TECH_SME, "TS-" + uscc, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        return uscc;
    }

    private static String certificateOf(ConsumerRecord<String, byte[]> record) {
        String json = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
        var matcher = java.util.regex.Pattern.compile("\"certificateNo\":\"([^\"]+)\"")
                .matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }
}
