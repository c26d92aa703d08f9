package cn.wuhu.sti.test.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs JWTs the way an issuer does, plus the bad ones a resource server must refuse: expired, for another audience
 * or issuer, signed by a key nobody published. Scopes go into {@code scope} space-separated, as RFC 9068 has it.
 */
public final class Tokens {

    private static final String SUBJECT = "bureau-admin";

    private final RSAKey key;
    private final String issuer;
    private final String audience;

    /** @param key the issuer's signing key, private half included */
    public Tokens(RSAKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    public String issuer() {
        return issuer;
    }

    public String withScopes(String scopes) {
        return sign(key, issuer, audience, scopes, SUBJECT, Duration.ofMinutes(5));
    }

    public String withScopes(String scopes, String subject) {
        return sign(key, issuer, audience, scopes, subject, Duration.ofMinutes(5));
    }

    public String from(String otherIssuer, String otherAudience, String scopes) {
        return sign(key, otherIssuer, otherAudience, scopes, SUBJECT, Duration.ofMinutes(5));
    }

    /** Expired ten minutes ago: beyond the minute of clock skew a resource server tolerates. */
    public String expired(String scopes) {
        return sign(key, issuer, audience, scopes, SUBJECT, Duration.ofMinutes(-10));
    }

    /** Names the right issuer and audience, but is signed by a key the issuer never published. */
    public String signedByAStranger(String scopes) {
        return sign(newKey("stranger"), issuer, audience, scopes, SUBJECT, Duration.ofMinutes(5));
    }

    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(
            RSAKey key, String issuer, String audience, String scopes, String subject, Duration validFor) {
        Instant now = Instant.now();
        Instant expiry = now.plus(validFor);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .claim("scope", scopes)
                .issueTime(Date.from(validFor.isNegative() ? expiry.minus(Duration.ofMinutes(5)) : now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
