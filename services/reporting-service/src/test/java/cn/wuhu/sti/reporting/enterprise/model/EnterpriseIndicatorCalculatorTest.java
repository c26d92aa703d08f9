package cn.wuhu.sti.reporting.enterprise.model;

import static cn.wuhu.sti.reporting.enterprise.model.FirmMother.aFirm;
import static org.assertj.core.api.Assertions.assertThat;

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
    void answersEveryEnterpriseCodeOfTheContractWithAChineseNameInFirms() {
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
                        "enterprise.rdzero.noinstitution.remaining");
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.name()).isNotBlank();
            assertThat(i.unit()).isEqualTo("家");
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
