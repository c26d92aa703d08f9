package cn.wuhu.sti.enterprise.model;

import static cn.wuhu.sti.enterprise.model.EnterpriseMother.highTech;
import static cn.wuhu.sti.enterprise.model.EnterpriseMother.registeredFirm;
import static cn.wuhu.sti.enterprise.model.EnterpriseMother.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

    @Test
    void aRecognitionIsValidOnItsFirstAndLastDayButNotAfter() {
        var firm = registeredFirm();
        firm.recognize(highTech("GR2023001", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)));

        assertThat(firm.holdsValid(Tier.HIGH_TECH, LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(firm.holdsValid(Tier.HIGH_TECH, LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(firm.holdsValid(Tier.HIGH_TECH, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(firm.holdsValid(Tier.HIGH_TECH, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(firm.holdsValid(Tier.TECH_SME, LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void aFirstRecognitionIsNewButOneThatFollowsWithoutAGapIsARenewal() {
        var firm = registeredFirm();

        var first = firm.recognize(highTech("GR2020001", LocalDate.of(2020, 11, 1), LocalDate.of(2023, 10, 31)));
        var renewed = firm.recognize(highTech("GR2023777", LocalDate.of(2023, 11, 1), LocalDate.of(2026, 10, 31)));

        assertThat(first.renewal()).isFalse();
        assertThat(renewed.renewal()).isTrue();
        assertThat(renewed.district()).isEqualTo(firm.district());
    }

    @Test
    void aRecognitionAfterALapseIsNewAgain() {
        var firm = registeredFirm();
        firm.recognize(highTech("GR2019001", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)));

        var afterLapse = firm.recognize(highTech("GR2023002", LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28)));

        assertThat(afterLapse.renewal()).isFalse();
    }

    @Test
    void anOverlappingRecognitionOfTheSameTierIsAllowedAndCountsAsRenewal() {
        var firm = registeredFirm();
        firm.recognize(highTech("GR2021001", LocalDate.of(2021, 6, 1), LocalDate.of(2024, 5, 31)));

        var overlapping = firm.recognize(highTech("GR2023003", LocalDate.of(2023, 12, 1), LocalDate.of(2026, 11, 30)));

        assertThat(overlapping.renewal()).isTrue();
        assertThat(firm.recognitions()).hasSize(2);
    }

    @Test
    void theSameCertificateTwiceIsAConflict() {
        var firm = registeredFirm();
        firm.recognize(highTech("GR2023004", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)));

        assertThatThrownBy(() ->
                        firm.recognize(highTech("GR2023004", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aRecognitionThatEndsBeforeItStartsNamesValidUntil() {
        var firm = registeredFirm();

        assertThatThrownBy(() ->
                        firm.recognize(highTech("GR2023005", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 4, 30))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("validUntil");
        assertThat(firm.recognitions()).isEmpty();
    }

    @Test
    void aLaterReportForTheSameYearSupersedesTheEarlierWithTheNextRevision() {
        var firm = registeredFirm();

        var first = firm.fileAnnualReport(report(2023, "150000000", false));
        var corrected = firm.fileAnnualReport(report(2023, "160000000", true));
        var nextYear = firm.fileAnnualReport(report(2024, "170000000", true));

        assertThat(first.revision()).isEqualTo(1);
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(nextYear.revision()).isEqualTo(1);
        assertThat(firm.latestReportFor(2023).orElseThrow().revenue()).isEqualByComparingTo("160000000");
        assertThat(firm.latestReportFor(2023).orElseThrow().rdActivity()).isTrue();
        assertThat(firm.reportsInForce()).extracting(AnnualReport::year).containsExactly(2024, 2023);
    }

    @Test
    void aReportWithMoreScienceStaffThanStaffNamesSciTechStaff() {
        var firm = registeredFirm();
        var inconsistent = new EnterpriseCommands.FileAnnualReport(
                2023, BigDecimal.TEN, BigDecimal.ONE, true, true, 11, 10, BigDecimal.ONE, false);

        assertThatThrownBy(() -> firm.fileAnnualReport(inconsistent))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("sciTechStaff");
    }
}
