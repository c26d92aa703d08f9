package cn.wuhu.sti.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainUntilItExpires() {
        var decoder = decoder(NOW, token -> jwt(token, NOW.plusSeconds(3600)));

        Jwt first = decoder.decode("token-a");
        Jwt second = decoder.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void onceItsTokenExpiresTheRememberedAnswerIsForgottenAndTheVerifierAskedAgain() {
        var clock = new MutableClock(NOW);
        var refuseAfterExpiry = new CachingJwtDecoder(
                token -> {
                    verifications.incrementAndGet();
                    if (!clock.instant().isBefore(NOW.plusSeconds(60))) {
                        throw new BadJwtException("expired");
                    }
                    return jwt(token, NOW.plusSeconds(60));
                },
                clock,
                10);
        refuseAfterExpiry.decode("token-b");
        refuseAfterExpiry.decode("token-b");

        clock.now = NOW.plusSeconds(61);

        assertThatThrownBy(() -> refuseAfterExpiry.decode("token-b")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        var decoder = decoder(NOW, token -> {
            throw new BadJwtException("bad signature");
        });

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void pastItsCapacityItStartsAfreshRatherThanGrowing() {
        var decoder = decoder(NOW, token -> jwt(token, NOW.plusSeconds(3600)));

        decoder.decode("one");
        decoder.decode("two");
        decoder.decode("three");
        decoder.decode("one");

        assertThat(verifications).hasValue(4);
    }

    private CachingJwtDecoder decoder(Instant now, JwtDecoder verifying) {
        return new CachingJwtDecoder(
                token -> {
                    verifications.incrementAndGet();
                    return verifying.decode(token);
                },
                Clock.fixed(now, ZoneOffset.UTC),
                2);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("bureau-admin")
                .issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt)
                .build();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
