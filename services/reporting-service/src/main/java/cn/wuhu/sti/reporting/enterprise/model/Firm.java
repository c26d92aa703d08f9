package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What reporting knows of one firm: its district, its registered industry (once its registration is in), its
 * recognitions, its designations and its latest annual report per year. Everything is computed from these alone, so
 * the order events arrived in is irrelevant.
 */
public record Firm(
        String uscc,
        District district,
        Optional<Industry> industry,
        Set<Recognition> recognitions,
        Set<HeldDesignation> designations,
        Map<Integer, AnnualReport> reports) {

    /** Of two recognitions on the same day, the lower certificate number, so every reading names the same one. */
    private static final Comparator<Recognition> BY_DAY =
            Comparator.comparing(Recognition::recognizedOn).thenComparing(Recognition::certificateNo);

    public Firm {
        recognitions = Set.copyOf(recognitions);
        designations = Set.copyOf(designations);
        reports = Map.copyOf(reports);
    }

    /** A firm whose registration is not known. */
    public Firm(
            String uscc,
            District district,
            Set<Recognition> recognitions,
            Set<HeldDesignation> designations,
            Map<Integer, AnnualReport> reports) {
        this(uscc, district, Optional.empty(), recognitions, designations, reports);
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

    /** Of its recognitions of the tier valid on the day, the one that started last. */
    public Optional<Recognition> validRecognition(Tier tier, LocalDate day) {
        return recognitions.stream()
                .filter(r -> r.tier() == tier && r.isValidOn(day))
                .max(BY_DAY);
    }

    /** The recognition by which the firm first entered the tier in the year: see {@link #entriesInto}. */
    public Optional<Recognition> newRecognitionIn(Tier tier, int year) {
        return entriesInto(EnumSet.of(tier), year).stream().findFirst();
    }

    /**
     * The recognitions by which the firm entered the pool of these tiers in the year, in order: a recognition of one
     * of them starts (and is not revoked that very day) while none of them was valid the day before. A renewal is no
     * entry.
     */
    public List<Recognition> entriesInto(Set<Tier> pool, int year) {
        return recognitions.stream()
                .filter(r -> pool.contains(r.tier()) && r.recognizedOn().getYear() == year)
                .filter(r -> r.isValidOn(r.recognizedOn()))
                .filter(r -> !holdsAnyValid(pool, r.recognizedOn().minusDays(1)))
                .sorted(BY_DAY)
                .toList();
    }

    /** The revocations dated in the year, one per revoked recognition. */
    public List<Revocation> revocationsIn(int year) {
        return recognitions.stream()
                .filter(r -> r.revokedIn(year))
                .sorted(BY_DAY)
                .flatMap(r -> r.revocation().stream())
                .toList();
    }

    /** The designation of the kind held on the day: the earliest, since which the firm holds it. */
    public Optional<HeldDesignation> designation(Designation kind, LocalDate day) {
        return designations.stream()
                .filter(d -> d.kind() == kind && d.heldOn(day))
                .min(Comparator.comparing(HeldDesignation::since));
    }

    public boolean isDesignated(Designation kind, LocalDate day) {
        return designation(kind, day).isPresent();
    }

    public Optional<AnnualReport> reportOf(int year) {
        return Optional.ofNullable(reports.get(year));
    }

    /** The report of the most recent earlier year that has one. */
    public Optional<AnnualReport> latestReportBefore(int year) {
        return reports.values().stream().filter(r -> r.year() < year).max(Comparator.comparingInt(AnnualReport::year));
    }
}
