package cn.wuhu.sti.enterprise.eligibility;

import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.enterprise.application.EnterpriseRepository;
import cn.wuhu.sti.enterprise.eligibility.model.Candidate;
import cn.wuhu.sti.enterprise.eligibility.model.Candidates;
import cn.wuhu.sti.enterprise.eligibility.model.RuleSet;
import cn.wuhu.sti.reference.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Defines rule sets and judges the year's reports by them. */
@Service
class EligibilityService {

    /** One page of candidates, with the rule set that judged them and the counts over every firm judged. */
    record CandidatePage(RuleSet ruleSet, int evaluated, int eligible, Page<Candidate> candidates) {}

    private final RuleSetStore ruleSets;
    private final EnterpriseRepository enterprises;
    private final Clock clock;

    EligibilityService(RuleSetStore ruleSets, EnterpriseRepository enterprises, Clock clock) {
        this.ruleSets = ruleSets;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    RuleSet define(RuleSet.Definition definition) {
        var ruleSet = RuleSet.define(definition, LocalDate.now(clock));
        ruleSets.insert(ruleSet);
        return ruleSet;
    }

    RuleSet ruleSet(String id) {
        return ruleSets.find(id).orElseThrow(() -> new NotFound("No rule set " + id));
    }

    Page<RuleSet> ruleSets(Tier tier, Pageable page) {
        return ruleSets.page(tier, page);
    }

    /** {@code eligible} keeps only the eligible ones, or only the others; null keeps all. */
    CandidatePage candidates(Tier tier, int year, Boolean eligible, Pageable page) {
        LocalDate yearEnd = Candidates.yearEnd(year);
        RuleSet ruleSet = ruleSets.all().inForce(tier, yearEnd).orElseThrow(() -> noRuleSet(tier, yearEnd));
        List<Candidate> all = Candidates.of(ruleSet, year, enterprises.withReportFor(year));
        List<Candidate> kept = eligible == null
                ? all
                : all.stream()
                        .filter(c -> c.evaluation().eligible() == eligible)
                        .toList();
        int from = (int) Math.min(page.getOffset(), kept.size());
        int to = Math.min(from + page.getPageSize(), kept.size());
        int eligibleCount =
                (int) all.stream().filter(c -> c.evaluation().eligible()).count();
        return new CandidatePage(
                ruleSet, all.size(), eligibleCount, new PageImpl<>(kept.subList(from, to), page, kept.size()));
    }

    private NotFound noRuleSet(Tier tier, LocalDate yearEnd) {
        String missing = "No rule set for " + tier + " is in force on " + yearEnd;
        if (yearEnd.getYear() < LocalDate.now(clock).getYear()) {
            return new NotFound(missing + ", and years that have ended keep the rules they were judged by");
        }
        return new NotFound(missing + ": add one with POST /api/enterprises/rule-sets {\"tier\":\"" + tier
                + "\",\"effectiveFrom\":\"" + yearEnd.getYear() + "-01-01\",\"criteria\":[…]}");
    }
}
