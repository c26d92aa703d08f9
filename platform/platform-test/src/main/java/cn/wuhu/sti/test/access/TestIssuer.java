package cn.wuhu.sti.test.access;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in authorization server, one per test JVM: an RSA key whose public half is served as a JWK set over real
 * HTTP at {@code <issuer>/oauth2/jwks}, and the tokens it signs. {@code @UseSharedInfrastructure} points a service's
 * {@code sti.security.issuer} here.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "sti-platform";
    private static final RSAKey KEY = Tokens.newKey("test-key");
    private static final HttpServer SERVER = serveJwks();
    public static final String ISSUER =
            "http://127.0.0.1:" + SERVER.getAddress().getPort();
    private static final Tokens TOKENS = new Tokens(KEY, ISSUER, AUDIENCE);

    private TestIssuer() {}

    /** Valid tokens and the bad kinds, all from this issuer for {@link #AUDIENCE}. */
    public static Tokens tokens() {
        return TOKENS;
    }

    public static String token(String scopes) {
        return TOKENS.withScopes(scopes);
    }

    public static String token(String scopes, String subject) {
        return TOKENS.withScopes(scopes, subject);
    }

    public static String token(String issuer, String audience, String scopes) {
        return TOKENS.from(issuer, audience, scopes);
    }

    public static String tokenSignedByAStranger(String scopes) {
        return TOKENS.signedByAStranger(scopes);
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
