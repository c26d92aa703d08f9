package cn.wuhu.sti.reporting.enterprise.model;

import java.time.LocalDate;
import java.util.Optional;

/** A revocation (撤销认定) of one recognition, from {@code revokedOn} on. */
public record Revocation(LocalDate revokedOn, Optional<SourceEvent> recordedBy) implements Recorded {

    @Override
    public LocalDate businessDate() {
        return revokedOn;
    }
}
