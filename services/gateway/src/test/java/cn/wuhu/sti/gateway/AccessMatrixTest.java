package cn.wuhu.sti.gateway;

import cn.wuhu.sti.test.access.AccessMatrix;
import cn.wuhu.sti.test.access.Endpoint;
import cn.wuhu.sti.test.access.MappedEndpoints;
import cn.wuhu.sti.test.access.Tokens;
import cn.wuhu.sti.test.access.Transports;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

class AccessMatrixTest extends GatewayTest {

    /** RFC 8414: where an authorization server publishes its metadata. */
    private static final String METADATA = "/.well-known/oauth-authorization-server";

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthorizationServerSettings issuer;

    @Autowired
    JWKSource<SecurityContext> issuerKeys;

    @Test
    void onlyHealthInfoPrometheusTheIssuersEndpointsAreOpenTheApiIsPassedThroughAndTheDashboardNeedsASession()
            throws KeySourceException {
        AccessMatrix.of("gateway", endpoints())
                .open("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                .open("POST " + issuer.getTokenEndpoint(), "GET " + issuer.getJwkSetEndpoint(), "GET " + METADATA)
                // Where a person signs in: it answers the OAuth2 request (here a 400, for one without client_id).
                .open(issuer.getAuthorizationEndpoint())
                .signedIn("/dashboard/**")
                .open(AccessMatrix.RESOURCE_METADATA)
                .passedThrough("/api/**")
                .refused(
                        "/actuator/**",
                        "/error",
                        "/fallback/**",
                        "/oauth2/**",
                        "/connect/**",
                        "/userinfo",
                        "/.well-known/**")
                .through(Transports.overHttp(gateway("/")), new Tokens(signingKey(), ISSUER, "sti-platform"))
                .walk();
    }

    /** What the gateway maps, and every endpoint its authorization server knows, whether served or not. */
    private SortedSet<Endpoint> endpoints() {
        SortedSet<Endpoint> endpoints = MappedEndpoints.of(context);
        Stream.concat(
                        issuer.getSettings().entrySet().stream()
                                .filter(setting -> setting.getKey().endsWith("-endpoint"))
                                .map(setting -> (String) setting.getValue()),
                        Stream.of(METADATA))
                .forEach(path -> {
                    endpoints.add(new Endpoint(HttpMethod.GET, path));
                    endpoints.add(new Endpoint(HttpMethod.POST, path));
                });
        return endpoints;
    }

    /** The dev issuer's own key, so the tokens differ from its real ones only where a probe wants them to. */
    private RSAKey signingKey() throws KeySourceException {
        return issuerKeys
                .get(
                        new JWKSelector(new JWKMatcher.Builder()
                                .keyType(KeyType.RSA)
                                .privateOnly(true)
                                .build()),
                        null)
                .get(0)
                .toRSAKey();
    }
}
