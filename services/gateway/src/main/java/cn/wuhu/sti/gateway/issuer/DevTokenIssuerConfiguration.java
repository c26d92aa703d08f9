package cn.wuhu.sti.gateway.issuer;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * A Spring Authorization Server issuing client-credentials JWTs for local runs and tests. Only on when
 * {@code sti.gateway.dev-issuer.enabled} is true (the {@code dev} profile sets it); elsewhere the issuer is an external
 * identity provider and the gateway just passes the bearer token through.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sti.gateway.dev-issuer.enabled")
class DevTokenIssuerConfiguration {

    private static final String AUDIENCE_SETTING = "sti.audience";

    /** RFC 8414 authorization server metadata, also under the issuer's path when it has one. */
    private static final String METADATA_PATH = "/.well-known/oauth-authorization-server/**";

    /**
     * Serves only what a client-credentials issuer needs: the token endpoint, the public keys and the metadata.
     * The server's other endpoints (authorize, introspect, revoke, device) fall to the gateway's own chain, which
     * refuses them.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain tokenIssuerFilterChain(HttpSecurity http, AuthorizationServerSettings settings)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(new OrRequestMatcher(
                            pathPattern(HttpMethod.POST, settings.getTokenEndpoint()),
                            pathPattern(HttpMethod.GET, settings.getJwkSetEndpoint()),
                            pathPattern(HttpMethod.GET, METADATA_PATH)));
                    server.tokenEndpoint(token -> token.accessTokenRequestConverters(
                            converters -> converters.replaceAll(RegisteredScopesByDefault::new)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${sti.security.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(DevIssuerProperties properties) {
        List<RegisteredClient> clients = properties.clients().entrySet().stream()
                .map(entry -> registeredClient(entry.getKey(), entry.getValue(), properties))
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * Puts each client's configured audience into {@code aud}, replacing the default (the client id), and writes
     * {@code scope} as the space-separated string of RFC 9068 rather than a JSON array.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> audienceCustomizer() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                String audience =
                        context.getRegisteredClient().getClientSettings().getSetting(AUDIENCE_SETTING);
                context.getClaims().audience(List.of(audience));
                context.getClaims().claim("scope", String.join(" ", context.getAuthorizedScopes()));
            }
        };
    }

    /** A fresh key per start: tokens from an earlier run become invalid, which suits a development issuer. */
    @Bean
    JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keyPair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey((RSAPrivateKey) keyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static RegisteredClient registeredClient(
            String clientId, DevIssuerProperties.Client client, DevIssuerProperties properties) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(encodedSecret(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.registeredScopes()))
                .clientSettings(ClientSettings.withSettings(Map.of(AUDIENCE_SETTING, client.audience()))
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.tokenTimeToLive())
                        .build())
                .build();
    }

    /** The server checks secrets with a delegating encoder, which needs the {@code {id}} prefix. */
    private static String encodedSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("every sti.gateway.dev-issuer client needs a secret");
        }
        return secret.startsWith("{") ? secret : "{noop}" + secret;
    }
}
