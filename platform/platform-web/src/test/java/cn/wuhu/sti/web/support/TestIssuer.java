package cn.wuhu.sti.web.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A stand-in authorization server: an RSA key whose public half is served as a JWK set over real HTTP at
 * {@code <issuer>/oauth2/jwks}, and signed tokens for the tests. One per test JVM.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "sti-platform";
    private static final RSAKey KEY = generateKey("test-key");
    private static final HttpServer SERVER = serveJwks();
    public static final String ISSUER =
            "http://127.0.0.1:" + SERVER.getAddress().getPort();

    private TestIssuer() {}

    public static String token(String scopes) {
        return token(ISSUER, AUDIENCE, scopes);
    }

    public static String token(String scopes, String subject) {
        return sign(KEY, ISSUER, AUDIENCE, scopes, subject);
    }

    public static String token(String issuer, String audience, String scopes) {
        return sign(KEY, issuer, audience, scopes, "bureau-admin");
    }

    /** A token that names the right issuer and audience but is signed by a key the issuer never published. */
    public static String tokenSignedByAStranger(String scopes) {
        return sign(generateKey("stranger"), ISSUER, AUDIENCE, scopes, "bureau-admin");
    }

    private static String sign(RSAKey key, String issuer, String audience, String scopes, String subject) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .claim("scope", scopes)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
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

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
