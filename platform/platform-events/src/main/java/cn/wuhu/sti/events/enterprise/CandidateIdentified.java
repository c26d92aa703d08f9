package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/**
 * A filed annual report made a firm eligible for the next rung: by its report of {@code year} it meets every criterion
 * of the rule set {@code ruleSetId} (in force on 31 December of that year, effective from {@code ruleSetEffectiveFrom})
 * for {@code tier}, which it does not hold. Published once, by the filing that turns the firm eligible; a later filing
 * that keeps it eligible publishes nothing.
 */
public record CandidateIdentified(
        String uscc,
        District district,
        Tier tier,
        int year,
        int reportRevision,
        String ruleSetId,
        LocalDate ruleSetEffectiveFrom)
        implements EnterpriseEvent {}
