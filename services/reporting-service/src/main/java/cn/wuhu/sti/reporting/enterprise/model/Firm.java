package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What reporting knows of one firm: its district, its recognitions, its designations and its latest annual report per
 * year. Everything is computed from these sets alone, so the order events arrived in is irrelevant.
 */
public record Firm(
        String uscc,
        District district,
        Set<Recognition> recognitions,
        Set<HeldDesignation> designations,
        Map<Integer, AnnualReport> reports) {

    public Firm {
        recognitions = Set.copyOf(recognitions);
        designations = Set.copyOf(designations);
        reports = Map.copyOf(reports);
    }

    public Firm(String uscc, District district, Set<Recognition> recognitions, Map<Integer, AnnualReport> reports) {
        this(uscc, district, recognitions, Set.of(), reports);
    }

    public boolean holdsValid(Tier tier, LocalDate day) {
        return holdsAnyValid(EnumSet.of(tier), day);
    }

    public boolean holdsAnyValid(Set<Tier> tiers, LocalDate day) {
        return recognitions.stream().anyMatch(r -> tiers.contains(r.tier()) && r.isValidOn(day));
    }

    /** Newly recognized in the year: see {@link #entriesInto}. */
    public boolean newlyRecognizedIn(Tier tier, int year) {
        return !entriesInto(EnumSet.of(tier), year).isEmpty();
    }

    /**
     * The days of the year on which the firm entered the pool of these tiers: a recognition of one of them starts
     * (and is not revoked that very day) while none of them was valid the day before. A renewal is no entry.
     */
    public List<LocalDate> entriesInto(Set<Tier> pool, int year) {
        return recognitions.stream()
                .filter(r -> pool.contains(r.tier()) && r.recognizedOn().getYear() == year)
                .filter(r -> r.isValidOn(r.recognizedOn()))
                .map(Recognition::recognizedOn)
                .filter(day -> !holdsAnyValid(pool, day.minusDays(1)))
                .distinct()
                .sorted()
                .toList();
    }

    public long recognitionsRevokedIn(int year) {
        return recognitions.stream().filter(r -> r.revokedIn(year)).count();
    }

    public boolean isDesignated(Designation kind, LocalDate day) {
        return designations.stream().anyMatch(d -> d.kind() == kind && d.heldOn(day));
    }

    public Optional<AnnualReport> reportOf(int year) {
        return Optional.ofNullable(reports.get(year));
    }

    /** The report of the most recent earlier year that has one. */
    public Optional<AnnualReport> latestReportBefore(int year) {
        return reports.values().stream().filter(r -> r.year() < year).max(Comparator.comparingInt(AnnualReport::year));
    }
}
