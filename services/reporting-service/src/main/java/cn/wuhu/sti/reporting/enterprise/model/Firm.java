package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What reporting knows of one firm: its district, its recognitions and its latest annual report per year. */
public record Firm(String uscc, District district, Set<Recognition> recognitions, Map<Integer, AnnualReport> reports) {

    public Firm {
        recognitions = Set.copyOf(recognitions);
        reports = Map.copyOf(reports);
    }

    public boolean holdsValid(Tier tier, LocalDate day) {
        return recognitions.stream().anyMatch(r -> r.tier() == tier && r.isValidOn(day));
    }

    /**
     * Newly recognized in the year: a recognition of the tier starts in the year while no recognition of that tier
     * was valid the day before. Computed from the recognitions alone, so the order events arrived in is irrelevant.
     */
    public boolean newlyRecognizedIn(Tier tier, int year) {
        return recognitions.stream()
                .filter(r -> r.tier() == tier && r.recognizedOn().getYear() == year)
                .anyMatch(r -> !holdsValid(tier, r.recognizedOn().minusDays(1)));
    }

    public Optional<AnnualReport> reportOf(int year) {
        return Optional.ofNullable(reports.get(year));
    }
}
