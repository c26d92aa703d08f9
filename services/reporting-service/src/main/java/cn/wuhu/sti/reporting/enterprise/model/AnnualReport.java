package cn.wuhu.sti.reporting.enterprise.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The latest filing (highest revision) of a firm's annual R&amp;D report for one year; it speaks of 31 December. */
public record AnnualReport(
        int year,
        int revision,
        BigDecimal revenue,
        boolean rdActivity,
        boolean rdInstitution,
        boolean aboveScaleManufacturer,
        Optional<SourceEvent> recordedBy)
        implements Recorded {

    /** A report known without the event that filed it, as a plan of firms has it. */
    public AnnualReport(
            int year,
            int revision,
            BigDecimal revenue,
            boolean rdActivity,
            boolean rdInstitution,
            boolean aboveScaleManufacturer) {
        this(year, revision, revenue, rdActivity, rdInstitution, aboveScaleManufacturer, Optional.empty());
    }

    @Override
    public LocalDate businessDate() {
        return LocalDate.of(year, 12, 31);
    }
}
