package cn.wuhu.sti.enterprise.model;

/** A firm's R&amp;D report for a year, as filed; {@code revision} numbers the filings for that year from 1. */
public record AnnualReport(int revision, EnterpriseCommands.FileAnnualReport filing) {

    public int year() {
        return filing.year();
    }
}
