package cn.wuhu.sti.web.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens it has already verified, until they expire. A caller sends the same token with every request
 * for its lifetime (an hour from the dev issuer); checking its RSA signature each time was the largest single cost
 * of a request. Only a token that passed every check of the decoder it wraps (signature, issuer, audience, time) is
 * remembered; a token that failed is checked again each time. Bounded: past {@code capacity} tokens it starts afresh.
 */
final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifying;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder verifying, Clock clock, int capacity) {
        this.verifying = verifying;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null
                && known.getExpiresAt() != null
                && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        verified.remove(token);
        Jwt jwt = verifying.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
