package cn.wuhu.finance.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubsidyPolicyTest {

    private final SubsidyPolicy policy = new SubsidyPolicy(new BigDecimal("200000"), LocalDate.of(2023, 1, 1));

    @Test
    void aFirstHighTechRecognitionSinceThePolicyIsPaidTheAmount() {
        assertThat(policy.subsidyFor(recognition(Tier.HIGH_TECH, LocalDate.of(2023, 1, 1), false), false))
                .contains(new BigDecimal("200000"));
    }

    @Test
    void aRenewalIsPaidNothing() {
        assertThat(policy.subsidyFor(recognition(Tier.HIGH_TECH, LocalDate.of(2023, 10, 16), true), false))
                .isEmpty();
    }

    @Test
    void aRecognitionFollowingOneAlreadyPaidIsARenewalWhateverTheEventSays() {
        assertThat(policy.subsidyFor(recognition(Tier.HIGH_TECH, LocalDate.of(2023, 10, 16), false), true))
                .isEmpty();
    }

    @Test
    void aRecognitionBeforeThePolicyTookEffectIsPaidNothing() {
        assertThat(policy.subsidyFor(recognition(Tier.HIGH_TECH, LocalDate.of(2022, 12, 31), false), false))
                .isEmpty();
    }

    @Test
    void anotherTierIsPaidNothing() {
        assertThat(policy.subsidyFor(recognition(Tier.TECH_SME, LocalDate.of(2023, 10, 16), false), false))
                .isEmpty();
    }

    private static EnterpriseRecognized recognition(Tier tier, LocalDate recognizedOn, boolean renewal) {
        return new EnterpriseRecognized(
                "91340200MA2N0XXX0Y",
                District.JIUJIANG,
                tier,
                "GR202334001234",
                recognizedOn,
                recognizedOn.plusYears(3).minusDays(1),
                renewal);
    }
}
