package cn.wuhu.sti.enterprise.model;

import java.math.BigDecimal;

/** A firm's R&amp;D report for a year; {@code revision} numbers the filings for that year from 1. */
public record AnnualReport(
        int year,
        int revision,
        BigDecimal revenue,
        BigDecimal rdExpense,
        boolean rdActivity,
        boolean rdInstitution,
        int sciTechStaff,
        int staff,
        BigDecimal highTechRevenue,
        boolean aboveScaleManufacturer) {}
