package cn.wuhu.finance.subsidy;

import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The subsidy for a newly recognized high-tech enterprise (高新技术企业首次认定补贴): a fixed amount for a
 * high-tech recognition on or after the day the policy took effect, unless it renews one the firm held the day
 * before. The amount and the start are the finance bureau's ({@code finance.subsidy.*}); the seed names only the
 * year's total, 5.6亿 to 5,000 firms across all policies.
 */
@ConfigurationProperties("finance.subsidy")
public record SubsidyPolicy(BigDecimal amount, LocalDate effectiveFrom) {

    /**
     * @param heldTheDayBefore whether the department already paid for a recognition of the firm valid the day before
     *     this one: a renewal even if the event, recorded before a back-dated certificate, says otherwise
     */
    public Optional<BigDecimal> subsidyFor(EnterpriseRecognized recognition, boolean heldTheDayBefore) {
        boolean eligible = recognition.tier() == Tier.HIGH_TECH
                && !recognition.renewal()
                && !heldTheDayBefore
                && !recognition.recognizedOn().isBefore(effectiveFrom);
        return eligible ? Optional.of(amount) : Optional.empty();
    }
}
