package cn.wuhu.sti.reporting.enterprise.model;

import static cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicator.*;

import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Computes the enterprise indicators of a year over a set of firms, exactly as the contract defines them: "total"
 * is holding a valid recognition on 31 December; the clear-zero (两清零) codes read each firm's latest report.
 */
public final class EnterpriseIndicatorCalculator {

    /** Above-scale manufacturers from this revenue on must have R&amp;D activity (研发活动清零). */
    static final BigDecimal RD_ACTIVITY_REVENUE_FLOOR = new BigDecimal("100000000");
    /** ... and from this revenue on an R&amp;D institution (研发机构清零). */
    static final BigDecimal RD_INSTITUTION_REVENUE_FLOOR = new BigDecimal("500000000");

    public List<Indicator> calculate(int year, Collection<Firm> firms) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return List.of(
                count(HIGH_TECH_NEW, firms, f -> f.newlyRecognizedIn(Tier.HIGH_TECH, year)),
                count(HIGH_TECH_TOTAL, firms, f -> f.holdsValid(Tier.HIGH_TECH, yearEnd)),
                count(TECH_SME_NEW, firms, f -> f.newlyRecognizedIn(Tier.TECH_SME, year)),
                count(TECH_SME_TOTAL, firms, f -> f.holdsValid(Tier.TECH_SME, yearEnd)),
                count(SRDI_TOTAL, firms, f -> f.holdsValid(Tier.SRDI_SME, yearEnd)),
                count(LITTLE_GIANT_TOTAL, firms, f -> f.holdsValid(Tier.LITTLE_GIANT, yearEnd)),
                count(RD_ZERO_NO_ACTIVITY_REMAINING, firms, f -> lacksRdActivity(f, year)),
                count(RD_ZERO_NO_INSTITUTION_REMAINING, firms, f -> lacksRdInstitution(f, year)));
    }

    private static boolean lacksRdActivity(Firm firm, int year) {
        return firm.reportOf(year)
                .filter(r -> r.aboveScaleManufacturer() && !r.rdActivity())
                .filter(r -> r.revenue().compareTo(RD_ACTIVITY_REVENUE_FLOOR) >= 0)
                .isPresent();
    }

    private static boolean lacksRdInstitution(Firm firm, int year) {
        return firm.reportOf(year)
                .filter(r -> r.aboveScaleManufacturer() && !r.rdInstitution())
                .filter(r -> r.revenue().compareTo(RD_INSTITUTION_REVENUE_FLOOR) >= 0)
                .isPresent();
    }

    private static Indicator count(EnterpriseIndicator indicator, Collection<Firm> firms, Predicate<Firm> counted) {
        long count = firms.stream().filter(counted).count();
        return Indicator.firmCount(indicator.code(), indicator.chineseName(), count);
    }
}
