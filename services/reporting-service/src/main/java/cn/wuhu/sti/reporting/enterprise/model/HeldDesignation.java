package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import java.time.LocalDate;
import java.util.Optional;

/** A designation by the bureau, held from {@code since} on: none of them has an end date. */
public record HeldDesignation(Designation kind, LocalDate since, Optional<SourceEvent> recordedBy) implements Recorded {

    public HeldDesignation(Designation kind, LocalDate since, SourceEvent recordedBy) {
        this(kind, since, Optional.of(recordedBy));
    }

    /** A designation known without the event that recorded it, as a plan of firms has it. */
    public HeldDesignation(Designation kind, LocalDate since) {
        this(kind, since, Optional.empty());
    }

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(since);
    }

    @Override
    public LocalDate businessDate() {
        return since;
    }
}
