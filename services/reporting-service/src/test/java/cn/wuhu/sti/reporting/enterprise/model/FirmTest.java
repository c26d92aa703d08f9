package cn.wuhu.sti.reporting.enterprise.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
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
}
