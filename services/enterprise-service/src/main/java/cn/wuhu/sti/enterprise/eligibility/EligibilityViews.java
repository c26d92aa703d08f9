package cn.wuhu.sti.enterprise.eligibility;

import cn.wuhu.sti.enterprise.eligibility.EligibilityService.CandidatePage;
import cn.wuhu.sti.enterprise.eligibility.model.Band;
import cn.wuhu.sti.enterprise.eligibility.model.Candidate;
import cn.wuhu.sti.enterprise.eligibility.model.Criterion;
import cn.wuhu.sti.enterprise.eligibility.model.Judgement;
import cn.wuhu.sti.enterprise.eligibility.model.Measure;
import cn.wuhu.sti.enterprise.eligibility.model.RuleSet;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The response bodies of rule sets and candidates; never the stored documents. */
final class EligibilityViews {

    record RuleSetView(
            String id,
            Tier tier,
            LocalDate effectiveFrom,
            @JsonInclude(JsonInclude.Include.NON_NULL) String title,
            List<CriterionView> criteria) {

        static RuleSetView of(RuleSet ruleSet) {
            return new RuleSetView(
                    ruleSet.id(),
                    ruleSet.tier(),
                    ruleSet.effectiveFrom(),
                    ruleSet.title().orElse(null),
                    ruleSet.criteria().stream().map(CriterionView::of).toList());
        }
    }

    record CriterionView(
            String code,
            Measure measure,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal minimum,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BandView> bands) {

        static CriterionView of(Criterion criterion) {
            return new CriterionView(
                    criterion.code(),
                    criterion.measure(),
                    criterion.minimum(),
                    criterion.bands().stream().map(BandView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BandView(BigDecimal revenueOver, BigDecimal revenueUpTo, BigDecimal minimum) {

        static BandView of(Band band) {
            return new BandView(band.revenueOver(), band.revenueUpTo(), band.minimum());
        }
    }

    record CandidatesView(
            Tier tier,
            int year,
            RuleSetReference ruleSet,
            int evaluated,
            int eligible,
            int page,
            int size,
            long totalElements,
            int totalPages,
            List<CandidateView> candidates) {

        static CandidatesView of(Tier tier, int year, CandidatePage found) {
            var page = found.candidates();
            return new CandidatesView(
                    tier,
                    year,
                    RuleSetReference.of(found.ruleSet()),
                    found.evaluated(),
                    found.eligible(),
                    page.getNumber(),
                    page.getSize(),
                    page.getTotalElements(),
                    page.getTotalPages(),
                    page.getContent().stream().map(CandidateView::of).toList());
        }
    }

    record RuleSetReference(
            String id,
            LocalDate effectiveFrom,
            @JsonInclude(JsonInclude.Include.NON_NULL) String title) {

        static RuleSetReference of(RuleSet ruleSet) {
            return new RuleSetReference(
                    ruleSet.id(), ruleSet.effectiveFrom(), ruleSet.title().orElse(null));
        }
    }

    record CandidateView(
            String uscc,
            String name,
            District district,
            int reportRevision,
            boolean eligible,
            int unmet,
            List<JudgementView> criteria) {

        static CandidateView of(Candidate candidate) {
            var evaluation = candidate.evaluation();
            return new CandidateView(
                    candidate.firm().uscc().value(),
                    candidate.firm().name(),
                    candidate.firm().district(),
                    candidate.report().revision(),
                    evaluation.eligible(),
                    evaluation.unmet(),
                    evaluation.criteria().stream().map(JudgementView::of).toList());
        }
    }

    record JudgementView(
            String code, Measure measure, BigDecimal required, BigDecimal actual, boolean met, BigDecimal shortfall) {

        static JudgementView of(Judgement judgement) {
            return new JudgementView(
                    judgement.code(),
                    judgement.measure(),
                    judgement.required(),
                    judgement.actual(),
                    judgement.met(),
                    judgement.shortfall());
        }
    }

    private EligibilityViews() {}
}
