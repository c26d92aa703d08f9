package cn.wuhu.sti.enterprise.application;

import cn.wuhu.sti.domain.Conflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes each recognition's expiry when the day after its last day arrives by the service's clock. Every replica
 * sweeps; the version-guarded write that marks an expiry announced makes it publish once, across replicas and
 * restarts (a sweep interrupted half-way leaves the rest for the next one). {@link ExpirySchedule} runs it.
 */
@Component
public class ExpiryAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ExpiryAnnouncer.class);
    private static final int BATCH = 200;

    private final EnterpriseRepository enterprises;
    private final EnterpriseService service;

    ExpiryAnnouncer(EnterpriseRepository enterprises, EnterpriseService service) {
        this.enterprises = enterprises;
        this.service = service;
    }

    /** Announces every expiry due today; returns how many this replica published. */
    public int sweep() {
        int published = 0;
        while (true) {
            var due = enterprises.withExpiryDueBy(service.today(), BATCH);
            if (due.isEmpty()) {
                return published;
            }
            int before = published;
            for (String uscc : due) {
                try {
                    published += service.announceExpiries(uscc).size();
                } catch (Conflict busy) {
                    log.info("Expiries of {} left for the next sweep: {}", uscc, busy.getMessage());
                }
            }
            if (published == before) {
                // another replica announced these meanwhile, or a firm kept changing: the next sweep tries again
                return published;
            }
        }
    }
}
