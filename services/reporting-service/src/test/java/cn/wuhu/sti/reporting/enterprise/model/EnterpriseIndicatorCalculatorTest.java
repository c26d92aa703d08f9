package cn.wuhu.sti.reporting.enterprise.model;

import static cn.wuhu.sti.reporting.enterprise.model.FirmMother.aFirm;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseIndicatorCalculatorTest {

    private final EnterpriseIndicatorCalculator calculator = new EnterpriseIndicatorCalculator();

    @Test
    void firstRecognitionInTheYearCountsAsNew() {
        var firm = aFirm().highTech("2023-06-01", "2026-05-31").build();

        assertThat(value("enterprise.hightech.new", 2023, firm)).isEqualTo(1);
    }

    @Test
    void renewalTheDayAfterTheOldCertificateEndsIsNotNew() {
        var firm = aFirm().highTech("2020-06-01", "2023-05-31")
                .highTech("2023-06-01", "2026-05-31")
                .build();

        assertThat(value("enterprise.hightech.new", 2023, firm)).isZero();
        assertThat(value("enterprise.hightech.total", 2023, firm)).isEqualTo(1);
    }

    @Test
    void recognitionAfterALapseCountsAsNewAgain() {
        var firm = aFirm().highTech("2019-01-01", "2021-12-31")
                .highTech("2023-03-01", "2025-12-31")
                .build();

        assertThat(value("enterprise.hightech.new", 2023, firm)).isEqualTo(1);
    }

    @Test
    void newInOneTierDoesNotDependOnAnotherTier() {
        var firm = aFirm().recognized(Tier.TECH_SME, "2022-01-01", "2023-12-31")
                .highTech("2023-02-01", "2026-01-31")
                .build();

        assertThat(value("enterprise.hightech.new", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.techsme.new", 2023, firm)).isZero();
        assertThat(value("enterprise.techsme.total", 2023, firm)).isEqualTo(1);
    }

    @Test
    void certificateEndingOn31DecemberCountsInTheTotal() {
        var firm = aFirm().recognized(Tier.SRDI_SME, "2021-01-01", "2023-12-31").build();

        assertThat(value("enterprise.srdi.total", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.srdi.total", 2024, firm)).isZero();
    }

    @Test
    void certificateStartingOn31DecemberCountsInTheTotal() {
        var firm = aFirm().recognized(Tier.LITTLE_GIANT, "2023-12-31", "2026-12-30")
                .build();

        assertThat(value("enterprise.littlegiant.total", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.littlegiant.total", 2022, firm)).isZero();
    }

    @Test
    void certificateExpiredBeforeYearEndIsNotInTheTotal() {
        var firm = aFirm().highTech("2020-12-01", "2023-11-30").build();

        assertThat(value("enterprise.hightech.total", 2023, firm)).isZero();
    }

    @Test
    void firmWithOverlappingCertificatesCountsOnce() {
        var firm = aFirm().highTech("2021-01-01", "2023-12-31")
                .highTech("2023-10-01", "2026-09-30")
                .build();

        assertThat(value("enterprise.hightech.total", 2023, firm)).isEqualTo(1);
    }

    @Test
    void revenueOfExactlyOneHundredMillionWithoutRdActivityRemains() {
        var atFloor = aFirm().reported(2023, 1, "100000000.00", false, true).build();
        var justBelow = aFirm().reported(2023, 1, "99999999.99", false, true).build();

        assertThat(value("enterprise.rdzero.noactivity.remaining", 2023, atFloor, justBelow))
                .isEqualTo(1);
    }

    @Test
    void revenueOfExactlyFiveHundredMillionWithoutRdInstitutionRemains() {
        var atFloor = aFirm().reported(2023, 1, "500000000", true, false).build();
        var justBelow = aFirm().reported(2023, 1, "499999999.99", true, false).build();

        assertThat(value("enterprise.rdzero.noinstitution.remaining", 2023, atFloor, justBelow))
                .isEqualTo(1);
    }

    @Test
    void firmWithRdActivityAndInstitutionHasClearedBothZeros() {
        var firm = aFirm().reported(2023, 2, "900000000", true, true).build();

        assertThat(value("enterprise.rdzero.noactivity.remaining", 2023, firm)).isZero();
        assertThat(value("enterprise.rdzero.noinstitution.remaining", 2023, firm))
                .isZero();
    }

    @Test
    void onlyAboveScaleManufacturersCountForClearZero() {
        var firm = aFirm().reportedAsNotAboveScale(2023, "900000000").build();

        assertThat(value("enterprise.rdzero.noactivity.remaining", 2023, firm)).isZero();
    }

    @Test
    void reportOfAnotherYearIsIgnored() {
        var firm = aFirm().reported(2022, 1, "900000000", false, false).build();

        assertThat(value("enterprise.rdzero.noactivity.remaining", 2023, firm)).isZero();
        assertThat(value("enterprise.rdzero.noactivity.remaining", 2022, firm)).isEqualTo(1);
    }

    @Test
    void recognitionRevokedOn31DecemberIsNotInThatYearsTotalButCountsAsRevoked() {
        var firm = aFirm().revoked(Tier.HIGH_TECH, "2022-01-01", "2024-12-31", "2023-12-31")
                .build();

        assertThat(value("enterprise.hightech.total", 2023, firm)).isZero();
        assertThat(value("enterprise.revoked", 2023, firm)).isEqualTo(1);
    }

    @Test
    void recognitionRevokedOn1JanuaryOfTheNextYearStillCountsInTheTotal() {
        var firm = aFirm().revoked(Tier.TECH_SME, "2022-01-01", "2024-12-31", "2024-01-01")
                .build();

        assertThat(value("enterprise.techsme.total", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.revoked", 2023, firm)).isZero();
        assertThat(value("enterprise.techsme.total", 2024, firm)).isZero();
        assertThat(value("enterprise.revoked", 2024, firm)).isEqualTo(1);
    }

    @Test
    void revokedCountsRecognitionsNotFirms() {
        var firm = aFirm().revoked(Tier.HIGH_TECH, "2022-01-01", "2024-12-31", "2023-05-01")
                .revoked(Tier.SRDI_SME, "2022-01-01", "2024-12-31", "2023-05-01")
                .build();

        assertThat(value("enterprise.revoked", 2023, firm)).isEqualTo(2);
        assertThat(value("enterprise.srdi.total", 2023, firm)).isZero();
    }

    @Test
    void recognitionAfterARevocationCountsAsNewAlthoughTheRevokedCertificateRanOn() {
        var firm = aFirm().revoked(Tier.HIGH_TECH, "2021-01-01", "2023-12-31", "2022-05-01")
                .highTech("2023-03-01", "2026-02-28")
                .build();

        assertThat(value("enterprise.hightech.new", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.hightech.total", 2023, firm)).isEqualTo(1);
    }

    @Test
    void recognitionRevokedOnItsFirstDayIsNeitherNewNorInTheTotal() {
        var firm = aFirm().revoked(Tier.HIGH_TECH, "2023-03-01", "2026-02-28", "2023-03-01")
                .build();

        assertThat(value("enterprise.hightech.new", 2023, firm)).isZero();
        assertThat(value("enterprise.hightech.total", 2023, firm)).isZero();
    }

    @Test
    void leaderDesignatedOn31DecemberCountsInThatYearAndLaterOnly() {
        var provincial =
                aFirm().designated(Designation.LEADER_PROVINCIAL, "2023-12-31").build();
        var municipal =
                aFirm().designated(Designation.LEADER_MUNICIPAL, "2022-06-01").build();

        assertThat(value("enterprise.leaders.provincial.total", 2022, provincial, municipal))
                .isZero();
        assertThat(value("enterprise.leaders.provincial.total", 2023, provincial, municipal))
                .isEqualTo(1);
        assertThat(value("enterprise.leaders.provincial.total", 2025, provincial, municipal))
                .isEqualTo(1);
        assertThat(value("enterprise.leaders.municipal.total", 2022, provincial, municipal))
                .isEqualTo(1);
    }

    @Test
    void listingReserveFirmLeavesTheReserveInTheYearItIsListed() {
        var firm = aFirm().designated(Designation.LISTING_RESERVE, "2022-03-01")
                .designated(Designation.LISTED, "2023-12-31")
                .build();

        assertThat(value("enterprise.listingreserve.total", 2021, firm)).isZero();
        assertThat(value("enterprise.listingreserve.total", 2022, firm)).isEqualTo(1);
        assertThat(value("enterprise.listed.total", 2022, firm)).isZero();
        assertThat(value("enterprise.listingreserve.total", 2023, firm)).isZero();
        assertThat(value("enterprise.listed.total", 2023, firm)).isEqualTo(1);
    }

    @Test
    void srdiFirmNewlyRecognizedHighTechMovedUp() {
        var firm = aFirm().srdi("2022-01-01", "2024-12-31")
                .highTech("2023-06-01", "2026-05-31")
                .build();

        assertThat(value("enterprise.moves.srdi.hightech", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.moves.hightech.srdi", 2023, firm)).isZero();
    }

    @Test
    void littleGiantNewlyRecognizedHighTechMovedUpToo() {
        var firm = aFirm().recognized(Tier.LITTLE_GIANT, "2021-01-01", "2023-06-01")
                .highTech("2023-06-01", "2026-05-31")
                .build();

        assertThat(value("enterprise.moves.srdi.hightech", 2023, firm)).isEqualTo(1);
    }

    @Test
    void highTechFirmThatWasNeverSrdiDidNotMoveUp() {
        var firm = aFirm().highTech("2023-06-01", "2026-05-31").build();

        assertThat(value("enterprise.hightech.new", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.moves.srdi.hightech", 2023, firm)).isZero();
    }

    @Test
    void srdiRecognitionThatEndedTheDayBeforeTheHighTechOneIsNoMove() {
        var firm = aFirm().srdi("2020-06-01", "2023-05-31")
                .highTech("2023-06-01", "2026-05-31")
                .build();

        assertThat(value("enterprise.moves.srdi.hightech", 2023, firm)).isZero();
    }

    @Test
    void highTechRenewalOfAnSrdiFirmIsNoMove() {
        var firm = aFirm().srdi("2022-01-01", "2024-12-31")
                .highTech("2020-06-01", "2023-05-31")
                .highTech("2023-06-01", "2026-05-31")
                .build();

        assertThat(value("enterprise.moves.srdi.hightech", 2023, firm)).isZero();
    }

    @Test
    void firmMovingUpTwiceInAYearCountsOnce() {
        var firm = aFirm().srdi("2022-01-01", "2024-12-31")
                .highTech("2023-02-01", "2023-03-31")
                .highTech("2023-09-01", "2026-08-31")
                .build();

        assertThat(value("enterprise.moves.srdi.hightech", 2023, firm)).isEqualTo(1);
    }

    @Test
    void highTechFirmNewlyInTheSrdiPoolMovedAcross() {
        var srdi = aFirm().highTech("2022-01-01", "2024-12-31")
                .srdi("2023-04-01", "2026-03-31")
                .build();
        var littleGiant = aFirm().highTech("2022-01-01", "2024-12-31")
                .recognized(Tier.LITTLE_GIANT, "2023-04-01", "2026-03-31")
                .build();

        assertThat(value("enterprise.moves.hightech.srdi", 2023, srdi, littleGiant))
                .isEqualTo(2);
        assertThat(value("enterprise.moves.srdi.hightech", 2023, srdi, littleGiant))
                .isZero();
    }

    @Test
    void srdiRenewalOrRiseToLittleGiantOfAHighTechFirmIsNoMove() {
        var renewed = aFirm().highTech("2022-01-01", "2024-12-31")
                .srdi("2020-04-01", "2023-03-31")
                .srdi("2023-04-01", "2026-03-31")
                .build();
        var risen = aFirm().highTech("2022-01-01", "2024-12-31")
                .srdi("2021-01-01", "2023-12-31")
                .recognized(Tier.LITTLE_GIANT, "2023-04-01", "2026-03-31")
                .build();

        assertThat(value("enterprise.moves.hightech.srdi", 2023, renewed, risen))
                .isZero();
    }

    @Test
    void highTechRecognitionRevokedBeforeTheSrdiOneIsNoMove() {
        var firm = aFirm().revoked(Tier.HIGH_TECH, "2022-01-01", "2024-12-31", "2023-04-01")
                .srdi("2023-04-01", "2026-03-31")
                .build();

        assertThat(value("enterprise.moves.hightech.srdi", 2023, firm)).isZero();
    }

    @Test
    void firmOutOfTheNoActivityGapAfterBeingInItClearedIt() {
        var cleared = aFirm().reported(2022, 1, "100000000", false, true)
                .reported(2023, 1, "100000000", true, true)
                .build();
        var remaining = aFirm().reported(2022, 1, "100000000", false, true)
                .reported(2023, 1, "100000000", false, true)
                .build();

        assertThat(value("enterprise.rdzero.noactivity.cleared", 2023, cleared, remaining))
                .isEqualTo(1);
        assertThat(value("enterprise.rdzero.noactivity.remaining", 2023, cleared, remaining))
                .isEqualTo(1);
        assertThat(value("enterprise.rdzero.noinstitution.cleared", 2023, cleared, remaining))
                .isZero();
    }

    @Test
    void firmOutOfTheNoInstitutionGapAfterBeingInItClearedIt() {
        var firm = aFirm().reported(2022, 1, "500000000", true, false)
                .reported(2023, 3, "500000000", true, true)
                .build();

        assertThat(value("enterprise.rdzero.noinstitution.cleared", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.rdzero.noinstitution.remaining", 2023, firm))
                .isZero();
        assertThat(value("enterprise.rdzero.noactivity.cleared", 2023, firm)).isZero();
    }

    @Test
    void clearedComparesWithTheMostRecentEarlierYearThatHasAReport() {
        var skippedAYear = aFirm().reported(2021, 1, "900000000", false, false)
                .reported(2023, 1, "900000000", true, true)
                .build();
        var clearedTheYearBefore = aFirm().reported(2021, 1, "900000000", false, false)
                .reported(2022, 1, "900000000", true, true)
                .reported(2023, 1, "900000000", true, true)
                .build();

        assertThat(value("enterprise.rdzero.noactivity.cleared", 2023, skippedAYear, clearedTheYearBefore))
                .isEqualTo(1);
        assertThat(value("enterprise.rdzero.noinstitution.cleared", 2023, skippedAYear, clearedTheYearBefore))
                .isEqualTo(1);
        assertThat(value("enterprise.rdzero.noactivity.cleared", 2022, skippedAYear, clearedTheYearBefore))
                .isEqualTo(1);
    }

    @Test
    void firmWithoutAReportOfTheYearClearedNothing() {
        var firm = aFirm().reported(2022, 1, "900000000", false, false).build();

        assertThat(value("enterprise.rdzero.noactivity.cleared", 2023, firm)).isZero();
        assertThat(value("enterprise.rdzero.noinstitution.cleared", 2023, firm)).isZero();
    }

    @Test
    void firmWhoseRevenueFellBelowTheFloorIsOutOfTheGapAndCleared() {
        var firm = aFirm().reported(2022, 1, "100000000", false, false)
                .reported(2023, 1, "99999999.99", false, false)
                .build();

        assertThat(value("enterprise.rdzero.noactivity.cleared", 2023, firm)).isEqualTo(1);
        assertThat(value("enterprise.rdzero.noinstitution.cleared", 2023, firm)).isZero();
    }

    @Test
    void answersEveryEnterpriseCodeOfTheContractInOrderWithAChineseNameAndUnit() {
        List<Indicator> indicators = calculator.calculate(2023, List.of());

        assertThat(indicators)
                .extracting(Indicator::code)
                .containsExactly(
                        "enterprise.hightech.new",
                        "enterprise.hightech.total",
                        "enterprise.techsme.new",
                        "enterprise.techsme.total",
                        "enterprise.srdi.total",
                        "enterprise.littlegiant.total",
                        "enterprise.rdzero.noactivity.remaining",
                        "enterprise.rdzero.noinstitution.remaining",
                        "enterprise.revoked",
                        "enterprise.leaders.provincial.total",
                        "enterprise.leaders.municipal.total",
                        "enterprise.listingreserve.total",
                        "enterprise.listed.total",
                        "enterprise.moves.srdi.hightech",
                        "enterprise.moves.hightech.srdi",
                        "enterprise.rdzero.noactivity.cleared",
                        "enterprise.rdzero.noinstitution.cleared");
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.name()).isNotBlank();
            assertThat(i.unit()).isEqualTo(i.code().equals("enterprise.revoked") ? "个" : "家");
            assertThat(i.value()).isEqualByComparingTo(BigDecimal.ZERO);
        });
    }

    private long value(String code, int year, Firm... firms) {
        return calculator.calculate(year, List.of(firms)).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow()
                .value()
                .longValueExact();
    }
}
