package cn.wuhu.sti.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class TokenIssuerTest extends GatewayTest {

    static final String[] ALL_SCOPES = {
        "talent:read",
        "talent:write",
        "enterprise:read",
        "enterprise:write",
        "techmarket:read",
        "techmarket:write",
        "parks:read",
        "parks:write",
        "reports:read",
        "reports:write",
        "reports:admin"
    };

    @Test
    void bureauAdminGetsASignedTokenWithEveryScopeForThePlatform() {
        HttpResponse<String> response = requestToken("bureau-admin", "bureau-admin-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("token_type").asString()).isEqualTo("Bearer");
        Jwt jwt = verified(json(response).get("access_token").asString());
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(ISSUER);
        assertThat(jwt.getAudience()).containsExactly("sti-platform");
        assertThat(jwt.getClaimAsString("scope").split(" ")).containsExactlyInAnyOrder(ALL_SCOPES);
        assertThat(jwt.getExpiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(59)),
                        Instant.now().plus(Duration.ofMinutes(61)));
    }

    @Test
    void deptReaderGetsOnlyReadScopes() {
        HttpResponse<String> response = requestToken("dept-reader", "dept-reader-secret");

        Jwt jwt = verified(json(response).get("access_token").asString());
        assertThat(jwt.getClaimAsString("scope").split(" "))
                .containsExactlyInAnyOrder(
                        "talent:read", "enterprise:read", "techmarket:read", "parks:read", "reports:read");
    }

    @Test
    void everyServiceBehindTheGatewayBringsItsScopesToTheAdminAndItsReadScopeToTheReader() {
        String adminScopes = verified(json(requestToken("bureau-admin", "bureau-admin-secret"))
                        .get("access_token")
                        .asString())
                .getClaimAsString("scope");
        String readerScopes = verified(json(requestToken("dept-reader", "dept-reader-secret"))
                        .get("access_token")
                        .asString())
                .getClaimAsString("scope");

        for (Backend backend : Backend.values()) {
            assertThat(adminScopes.split(" "))
                    .as(backend.id())
                    .contains(backend.scopes().toArray(String[]::new));
            assertThat(readerScopes.split(" ")).as(backend.id()).contains(backend.readScope());
        }
    }

    @Test
    void aClientAskingForFewerScopesGetsOnlyThose() {
        HttpResponse<String> response = send(tokenRequest(
                "bureau-admin", "bureau-admin-secret", "grant_type=client_credentials&scope=reports:read"));

        assertThat(verified(json(response).get("access_token").asString()).getClaimAsString("scope"))
                .isEqualTo("reports:read");
    }

    @Test
    void aClientConfiguredForAnotherAudienceGetsTokensTheServicesWillRefuse() {
        HttpResponse<String> response = requestToken("other-app", "other-app-secret");

        assertThat(verified(json(response).get("access_token").asString()).getAudience())
                .containsExactly("other-app");
    }

    @Test
    void aWrongSecretIsRefusedWith401() {
        HttpResponse<String> response = requestToken("bureau-admin", "guessed");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void theMetadataNamesTheConfiguredIssuerAndItsEndpoints() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(gateway("/.well-known/oauth-authorization-server")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(json(response).get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(json(response).get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
    }

    private HttpResponse<String> requestToken(String clientId, String secret) {
        return send(tokenRequest(clientId, secret, "grant_type=client_credentials"));
    }

    private HttpRequest.Builder tokenRequest(String clientId, String secret, String form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(gateway("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    /** Decodes the token the way a service does: its signature must check out against the published keys. */
    private Jwt verified(String token) {
        return NimbusJwtDecoder.withJwkSetUri(gateway("/oauth2/jwks").toString())
                .build()
                .decode(token);
    }
}
