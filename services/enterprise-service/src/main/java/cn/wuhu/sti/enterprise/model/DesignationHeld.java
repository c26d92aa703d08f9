package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import java.time.LocalDate;

/** A designation the bureau gave a firm, held from {@code since} on. */
public record DesignationHeld(Designation kind, LocalDate since) {

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(since);
    }
}
