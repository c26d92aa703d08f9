package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import java.time.LocalDate;

/** A designation by the bureau, held from {@code since} on: none of them has an end date. */
public record HeldDesignation(Designation kind, LocalDate since) {

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(since);
    }
}
