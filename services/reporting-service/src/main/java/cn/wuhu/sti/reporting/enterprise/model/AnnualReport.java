package cn.wuhu.sti.reporting.enterprise.model;

import java.math.BigDecimal;

/** The latest filing (highest revision) of a firm's annual R&amp;D report for one year. */
public record AnnualReport(
        int year,
        int revision,
        BigDecimal revenue,
        boolean rdActivity,
        boolean rdInstitution,
        boolean aboveScaleManufacturer) {}
