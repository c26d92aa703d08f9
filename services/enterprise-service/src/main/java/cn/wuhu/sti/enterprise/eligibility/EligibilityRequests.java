package cn.wuhu.sti.enterprise.eligibility;

import cn.wuhu.sti.enterprise.eligibility.model.Band;
import cn.wuhu.sti.enterprise.eligibility.model.Criterion;
import cn.wuhu.sti.enterprise.eligibility.model.Measure;
import cn.wuhu.sti.enterprise.eligibility.model.RuleSet;
import cn.wuhu.sti.reference.Tier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule-set body: its shape is checked here, its rules (minimum or bands, bands in order, distinct codes, a date
 * in a year that has not ended) by {@link RuleSet}.
 */
final class EligibilityRequests {

    record RuleSetRequest(
            @NotNull Tier tier,
            @NotNull LocalDate effectiveFrom,
            @Size(max = 200) String title,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid CriterionRequest> criteria) {

        RuleSet.Definition toDefinition() {
            return new RuleSet.Definition(
                    tier,
                    effectiveFrom,
                    title,
                    criteria.stream().map(CriterionRequest::toCriterion).toList());
        }
    }

    record CriterionRequest(
            @NotBlank
            @Size(max = 64)
            @Pattern(
                    regexp = "[a-z0-9]+([._-][a-z0-9]+)*",
                    message = "must be lower-case letters and digits in dotted parts, e.g. rd.expense.share")
            String code,

            @NotNull Measure measure,

            @PositiveOrZero @Digits(integer = 15, fraction = 4)
            BigDecimal minimum,

            @Size(min = 1, max = 20) List<@NotNull @Valid BandRequest> bands) {

        Criterion toCriterion() {
            return new Criterion(
                    code,
                    measure,
                    minimum,
                    bands == null
                            ? List.of()
                            : bands.stream().map(BandRequest::toBand).toList());
        }
    }

    record BandRequest(
            @PositiveOrZero @Digits(integer = 15, fraction = 4)
            BigDecimal revenueOver,

            @PositiveOrZero @Digits(integer = 15, fraction = 4)
            BigDecimal revenueUpTo,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4)
            BigDecimal minimum) {

        Band toBand() {
            return new Band(revenueOver, revenueUpTo, minimum);
        }
    }

    private EligibilityRequests() {}
}
