package cn.wuhu.sti.enterprise.model;

import static cn.wuhu.sti.enterprise.model.EnterpriseMother.manufacturerReport;
import static cn.wuhu.sti.enterprise.model.EnterpriseMother.registeredFirm;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.enterprise.model.ClearZeroCampaign.Gap;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClearZeroCampaignTest {

    @Test
    void aFirmThatGainedRdActivityClearedTheGapInTheYearOfThatReport() {
        var firm = registeredFirm();
        firm.fileAnnualReport(manufacturerReport(2022, "100000000", false, true));
        firm.fileAnnualReport(manufacturerReport(2023, "105000000", true, true));

        assertThat(ClearZeroCampaign.standingsOf(firm, 2022)).singleElement().satisfies(standing -> {
            assertThat(standing.gap()).isEqualTo(Gap.NO_RD_ACTIVITY);
            assertThat(standing.cleared()).isFalse();
            assertThat(standing.since()).isEqualTo(2022);
        });
        assertThat(ClearZeroCampaign.standingsOf(firm, 2023)).singleElement().satisfies(standing -> {
            assertThat(standing.clearedIn()).isEqualTo(OptionalInt.of(2023));
            assertThat(standing.latestReport().year()).isEqualTo(2023);
        });
    }

    @Test
    void theRevenueFloorsCountFromTheExactAmount() {
        var justBelow = registeredFirm();
        justBelow.fileAnnualReport(manufacturerReport(2023, "99999999.99", false, false));
        var atInstitutionFloor = registeredFirm();
        atInstitutionFloor.fileAnnualReport(manufacturerReport(2023, "500000000", true, false));

        assertThat(ClearZeroCampaign.standingsOf(justBelow, 2023)).isEmpty();
        assertThat(ClearZeroCampaign.standingsOf(atInstitutionFloor, 2023))
                .extracting(ClearZeroCampaign.Standing::gap)
                .containsExactly(Gap.NO_RD_INSTITUTION);
    }

    @Test
    void aGapThatReturnsIsRemainingAgainAndALaterSupersedingReportDecides() {
        var firm = registeredFirm();
        firm.fileAnnualReport(manufacturerReport(2021, "600000000", true, false));
        firm.fileAnnualReport(manufacturerReport(2022, "600000000", true, true));
        firm.fileAnnualReport(manufacturerReport(2023, "600000000", true, false));

        assertThat(ClearZeroCampaign.standingsOf(firm, 2022).get(0).clearedIn()).isEqualTo(OptionalInt.of(2022));
        assertThat(ClearZeroCampaign.standingsOf(firm, 2023).get(0).cleared()).isFalse();

        firm.fileAnnualReport(manufacturerReport(2023, "600000000", true, true));
        assertThat(ClearZeroCampaign.standingsOf(firm, 2023).get(0).clearedIn())
                .as("the corrected 2023 report no longer shows the gap: cleared since 2022")
                .isEqualTo(OptionalInt.of(2022));
    }

    @Test
    void aFirmThatIsNoAboveScaleManufacturerIsNotInTheCampaign() {
        var firm = registeredFirm();
        firm.fileAnnualReport(new EnterpriseCommands.FileAnnualReport(
                2023,
                new java.math.BigDecimal("900000000"),
                java.math.BigDecimal.ZERO,
                false,
                false,
                0,
                100,
                java.math.BigDecimal.ZERO,
                false));

        assertThat(ClearZeroCampaign.standingsOf(firm, 2023)).isEmpty();
    }
}
