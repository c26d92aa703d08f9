package cn.wuhu.sti.reporting.enterprise.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicator;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicatorCalculator;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code enterprise.*} indicators, computed in memory over the firms of the district (or all of them), each with
 * one fact per item it counts. Each (year, district) asked for keeps a tally that is brought up to date with the
 * firms changed since the last question ({@link FirmReadModel#changesSince}), so the first answer after a change
 * costs the changed firms, not every firm. The tallies most recently asked for are kept, enough for the dashboard's
 * years over the city and its districts.
 */
@Component
@Order(20)
class EnterpriseIndicators implements IndicatorSource {

    private static final int KEPT_TALLIES = 64;

    private final FirmReadModel firms;
    private final EnterpriseIndicatorCalculator calculator = new EnterpriseIndicatorCalculator();
    private final Map<Key, EnterpriseTally> tallies = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, EnterpriseTally> eldest) {
            return size() > KEPT_TALLIES;
        }
    };
    private long seen;

    EnterpriseIndicators(FirmReadModel firms) {
        this.firms = firms;
    }

    @Override
    public synchronized List<Measured> measure(int year, Optional<District> district) {
        catchUp();
        return tallies.computeIfAbsent(
                        new Key(year, district),
                        key -> EnterpriseTally.over(year, district, firms.firms(district), calculator))
                .measured();
    }

    @Override
    public List<EnterpriseIndicator> codes() {
        return List.of(EnterpriseIndicator.values());
    }

    /**
     * Applies the firms changed since the last look to every kept tally, computing each firm's facts once per year
     * for the city's tally and the districts'. A firm already in a tally's latest state (a tally built after the
     * change) is replaced by the same facts.
     */
    private void catchUp() {
        FirmReadModel.Changes changes = firms.changesSince(seen);
        seen = changes.stamp();
        if (changes.afresh()) {
            tallies.clear();
            return;
        }
        if (changes.firms().isEmpty() || tallies.isEmpty()) {
            return;
        }
        Map<Integer, List<EnterpriseTally>> byYear =
                tallies.values().stream().collect(Collectors.groupingBy(EnterpriseTally::year));
        for (Firm firm : changes.firms()) {
            byYear.forEach((year, ofYear) -> {
                var facts = EnterpriseTally.factsOf(firm, year, calculator);
                ofYear.forEach(tally -> tally.update(firm, facts));
            });
        }
    }

    private record Key(int year, Optional<District> district) {}
}
