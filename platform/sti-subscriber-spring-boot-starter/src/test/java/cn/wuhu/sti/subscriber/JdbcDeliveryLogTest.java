package cn.wuhu.sti.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.subscriber.DeliveryLog.Claim;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The delivery log in an SQL database (H2 in memory, over JDBC): one row per {@code ce_id}, its key the lock. */
class JdbcDeliveryLogTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:deliveries-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    private final JdbcDeliveryLog log = new JdbcDeliveryLog(jdbc, "sti_deliveries", Clock.systemUTC());

    JdbcDeliveryLogTest() {
        log.createTableIfMissing();
        log.createTableIfMissing(); // a second start finds it there
    }

    @Test
    void aClaimIsNewThenDoneOnceCompletedAndInterruptedWhileNeitherCompletedNorReleased() {
        assertThat(log.claim("e-1", "cn.wuhu.sti.enterprise.recognized.v1", "sti.enterprise.v1"))
                .isEqualTo(Claim.NEW);
        assertThat(log.claim("e-1", "cn.wuhu.sti.enterprise.recognized.v1", "sti.enterprise.v1"))
                .as("claimed, the handler never finished")
                .isEqualTo(Claim.INTERRUPTED);

        log.complete("e-1");

        assertThat(log.claim("e-1", "cn.wuhu.sti.enterprise.recognized.v1", "sti.enterprise.v1"))
                .isEqualTo(Claim.DONE);
        assertThat(jdbc.queryForObject("SELECT state FROM sti_deliveries WHERE event_id = ?", String.class, "e-1"))
                .isEqualTo("DONE");
    }

    @Test
    void aReleasedClaimIsNewAgainButAHandledEventIsNeverReleased() {
        log.claim("e-2", "t", "sti.enterprise.v1");
        log.release("e-2");
        assertThat(log.claim("e-2", "t", "sti.enterprise.v1"))
                .as("a retry after a failure")
                .isEqualTo(Claim.NEW);

        log.complete("e-2");
        log.release("e-2");
        assertThat(log.claim("e-2", "t", "sti.enterprise.v1")).isEqualTo(Claim.DONE);
    }

    @Test
    void ofConcurrentClaimsOfOneEventExactlyOneIsNew() throws Exception {
        int claimants = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(claimants);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                claims.add(pool.submit((Callable<Claim>) () -> {
                    start.await();
                    return log.claim("e-3", "t", "sti.enterprise.v1");
                }));
            }
            start.countDown();
            List<Claim> answers = new ArrayList<>();
            for (Future<Claim> claim : claims) {
                answers.add(claim.get());
            }
            assertThat(answers).filteredOn(claim -> claim == Claim.NEW).hasSize(1);
            assertThat(answers).filteredOn(claim -> claim != Claim.NEW).containsOnly(Claim.INTERRUPTED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTableNameThatIsNoPlainIdentifierIsRefused() {
        assertThatThrownBy(() -> new JdbcDeliveryLog(jdbc, "deliveries; DROP TABLE x", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deliveries; DROP TABLE x");
    }
}
