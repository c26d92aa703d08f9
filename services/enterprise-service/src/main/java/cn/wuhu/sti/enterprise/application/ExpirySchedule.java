package cn.wuhu.sti.enterprise.application;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sweeps for due expiries soon after start-up and then every minute; {@code sti.enterprise.expiry.enabled=false} stops it. */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "sti.enterprise.expiry.enabled", matchIfMissing = true)
class ExpirySchedule {

    private final ExpiryAnnouncer announcer;

    ExpirySchedule(ExpiryAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Scheduled(
            initialDelayString = "${sti.enterprise.expiry.initial-delay:PT10S}",
            fixedDelayString = "${sti.enterprise.expiry.interval:PT1M}")
    void sweep() {
        announcer.sweep();
    }
}
