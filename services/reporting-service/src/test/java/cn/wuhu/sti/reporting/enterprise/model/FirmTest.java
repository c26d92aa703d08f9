package cn.wuhu.sti.reporting.enterprise.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirmTest {

    private final Recognition recognition = new Recognition(
            Tier.HIGH_TECH, "GR202334000001", LocalDate.parse("2023-01-01"), LocalDate.parse("2025-12-31"));

    @Test
    void recognitionIsValidOnItsFirstAndLastDay() {
        assertThat(recognition.isValidOn(LocalDate.parse("2023-01-01"))).isTrue();
        assertThat(recognition.isValidOn(LocalDate.parse("2025-12-31"))).isTrue();
    }

    @Test
    void recognitionIsNotValidOutsideItsPeriod() {
        assertThat(recognition.isValidOn(LocalDate.parse("2022-12-31"))).isFalse();
        assertThat(recognition.isValidOn(LocalDate.parse("2026-01-01"))).isFalse();
    }

    @Test
    void revokedRecognitionIsValidUntilTheDayBeforeItsRevocation() {
        var revoked = recognition.revokedAsOf(LocalDate.parse("2024-07-01"));

        assertThat(revoked.isValidOn(LocalDate.parse("2024-06-30"))).isTrue();
        assertThat(revoked.isValidOn(LocalDate.parse("2024-07-01"))).isFalse();
        assertThat(revoked.isValidOn(LocalDate.parse("2025-12-31"))).isFalse();
    }

    @Test
    void ofTwoRevocationsTheEarlierStandsWhicheverCameFirst() {
        var lateThenEarly =
                recognition.revokedAsOf(LocalDate.parse("2024-09-01")).revokedAsOf(LocalDate.parse("2024-03-01"));
        var earlyThenLate =
                recognition.revokedAsOf(LocalDate.parse("2024-03-01")).revokedAsOf(LocalDate.parse("2024-09-01"));

        assertThat(lateThenEarly.revokedOn()).contains(LocalDate.parse("2024-03-01"));
        assertThat(earlyThenLate).isEqualTo(lateThenEarly);
    }

    @Test
    void theEarlierRevocationIsTheOneNamedWhicheverCameFirst() {
        var early = new Revocation(
                LocalDate.parse("2024-03-01"), Optional.of(new SourceEvent("early", FirmMother.REVOKED)));
        var late =
                new Revocation(LocalDate.parse("2024-09-01"), Optional.of(new SourceEvent("late", FirmMother.REVOKED)));

        assertThat(recognition.revokedBy(late).revokedBy(early).revocation()).contains(early);
        assertThat(recognition.revokedBy(early).revokedBy(late).revocation()).contains(early);
    }

    @Test
    void revocationAfterTheCertificateEndedChangesNoDay() {
        var revokedLate = recognition.revokedAsOf(LocalDate.parse("2026-03-01"));

        assertThat(revokedLate.isValidOn(LocalDate.parse("2025-12-31"))).isTrue();
        assertThat(revokedLate.revokedIn(2026)).isTrue();
    }
}
