package cn.wuhu.sti.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sti.security.*}: who issues the tokens this service accepts, where its signing keys are published, and
 * the audience a token must name.
 *
 * @param issuer the expected {@code iss} claim; the gateway's dev authorization server by default
 * @param jwkSetUri where the issuer's public keys are fetched; {@code <issuer>/oauth2/jwks} when not set
 * @param audience a value the token's {@code aud} claim must contain
 */
@ConfigurationProperties("sti.security")
public record StiSecurityProperties(
        @DefaultValue("http://localhost:8080") String issuer,
        String jwkSetUri,
        @DefaultValue("sti-platform") String audience) {

    public StiSecurityProperties {
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            jwkSetUri = stripTrailingSlash(issuer) + "/oauth2/jwks";
        }
    }

    private static String stripTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
