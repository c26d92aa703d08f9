package cn.wuhu.sti.enterprise.model;

import static cn.wuhu.sti.enterprise.model.EnterpriseMother.highTech;
import static cn.wuhu.sti.enterprise.model.EnterpriseMother.registeredFirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevocationAndExpiryTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 28);

    @Test
    void aRevokedRecognitionHoldsUpToTheDayBeforeItsRevocation() {
        var firm = firmWith("GR-R1");

        var revoked = firm.revoke(new EnterpriseCommands.Revoke("GR-R1", LocalDate.of(2023, 12, 31), "材料不实"));

        assertThat(revoked.revokedOn()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(revoked.tier()).isEqualTo(Tier.HIGH_TECH);
        assertThat(revoked.reason()).isEqualTo("材料不实");
        assertThat(firm.holdsValid(Tier.HIGH_TECH, LocalDate.of(2023, 12, 30))).isTrue();
        assertThat(firm.holdsValid(Tier.HIGH_TECH, LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(firm.tiersOn(LocalDate.of(2024, 6, 1))).isEmpty();
    }

    @Test
    void aRecognitionIsRevokedOnceAndOnlyWithinItsTerm() {
        var firm = firmWith("GR-R2");

        assertThatThrownBy(() -> firm.revoke(revoke("GR-R2", FIRST_DAY.minusDays(1))))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("date");
        assertThatThrownBy(() -> firm.revoke(revoke("GR-R2", LAST_DAY.plusDays(1))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("ran out on " + LAST_DAY);
        assertThatThrownBy(() -> firm.revoke(revoke("GR-NONE", FIRST_DAY))).isInstanceOf(NotFound.class);

        firm.revoke(revoke("GR-R2", LAST_DAY));
        assertThatThrownBy(() -> firm.revoke(revoke("GR-R2", LAST_DAY)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already revoked on " + LAST_DAY);
    }

    @Test
    void expiryIsDueFromTheDayAfterTheLastValidDayAndAnnouncedOnce() {
        var firm = firmWith("GR-E1");

        assertThat(firm.expire(LAST_DAY)).isEmpty();
        var expired = firm.expire(LAST_DAY.plusDays(1));
        var again = firm.expire(LAST_DAY.plusDays(30));

        assertThat(expired).singleElement().satisfies(event -> {
            assertThat(event.certificateNo()).isEqualTo("GR-E1");
            assertThat(event.validUntil()).isEqualTo(LAST_DAY);
            assertThat(event.expiredOn()).isEqualTo(LAST_DAY.plusDays(1));
            assertThat(event.district()).isEqualTo(firm.district());
        });
        assertThat(again).isEmpty();
        assertThat(firm.recognitions())
                .singleElement()
                .extracting(Recognition::expiryAnnounced)
                .isEqualTo(true);
    }

    @Test
    void aRecognitionRevokedBeforeItsEndNeverExpires() {
        var firm = firmWith("GR-E2");
        firm.revoke(revoke("GR-E2", LAST_DAY));

        assertThat(firm.expire(LAST_DAY.plusYears(1))).isEmpty();
    }

    @Test
    void eachRecognitionDueExpiresWithItsOwnEvent() {
        var firm = firmWith("GR-E3");
        firm.recognize(highTech("GR-E4", LAST_DAY.plusDays(1), LAST_DAY.plusYears(3)));

        assertThat(firm.expire(LAST_DAY.plusYears(4)))
                .extracting(e -> e.certificateNo())
                .containsExactly("GR-E3", "GR-E4");
    }

    private static Enterprise firmWith(String certificateNo) {
        var firm = registeredFirm();
        firm.recognize(highTech(certificateNo, FIRST_DAY, LAST_DAY));
        return firm;
    }

    private static EnterpriseCommands.Revoke revoke(String certificateNo, LocalDate on) {
        return new EnterpriseCommands.Revoke(certificateNo, on, "撤销");
    }
}
