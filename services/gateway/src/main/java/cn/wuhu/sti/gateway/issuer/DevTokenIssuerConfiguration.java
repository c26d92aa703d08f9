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
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * A Spring Authorization Server issuing JWTs for local runs and tests: client credentials for systems, and the
 * authorization code with PKCE for the dashboard's users, who sign in on its login page. Only on when
 * {@code sti.gateway.dev-issuer.enabled} is true (the {@code dev} profile sets it); elsewhere the issuer is the
 * bureau's identity provider and the gateway just passes the bearer token through.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sti.gateway.dev-issuer.enabled")
class DevTokenIssuerConfiguration {

    private static final String AUDIENCE_SETTING = "sti.audience";

    /** RFC 8414 authorization server metadata, also under the issuer's path when it has one. */
    private static final String METADATA_PATH = "/.well-known/oauth-authorization-server/**";

    private static final String LOGIN_PAGE = "/login";

    /** The stylesheet Spring Security's login page links to, served by the same chain. */
    private static final String LOGIN_PAGE_STYLE = "/default-ui.css";

    /**
     * The issuer keeps who signed in on its login page, and the authorization request to go back to, under session
     * keys of its own: the dashboard the user signs in to keeps its sign-in and the page it was asked for under
     * Spring's default ones, so the two never overwrite each other in the shared session.
     */
    private static final String ISSUER_SECURITY_CONTEXT = "STI_ISSUER_SECURITY_CONTEXT";

    private static final String ISSUER_SAVED_REQUEST = "STI_ISSUER_SAVED_REQUEST";

    /**
     * Serves what the issuer needs: the token endpoint, the public keys, the metadata and the authorization endpoint
     * (which sends a user who has not signed in to the login page). The server's other endpoints (introspect, revoke,
     * device) fall to the gateway's own chain, which refuses them.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain tokenIssuerFilterChain(HttpSecurity http, AuthorizationServerSettings settings)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(new OrRequestMatcher(
                            pathPattern(HttpMethod.POST, settings.getTokenEndpoint()),
                            pathPattern(HttpMethod.GET, settings.getJwkSetEndpoint()),
                            pathPattern(HttpMethod.GET, METADATA_PATH),
                            pathPattern(settings.getAuthorizationEndpoint())));
                    server.tokenEndpoint(token -> token.accessTokenRequestConverters(
                                    converters -> converters.replaceAll(RegisteredScopesByDefault::new)))
                            // ID tokens for the dashboard's sign-in; the OIDC endpoints stay outside the matcher.
                            .oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(issuerSecurityContext()))
                .requestCache(cache -> cache.requestCache(issuerRequestCache()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The issuer's login page for its users (Spring Security's own form), then back to the authorization request. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain issuerLoginFilterChain(HttpSecurity http, DevIssuerProperties properties) throws Exception {
        http.securityMatcher(new OrRequestMatcher(pathPattern(LOGIN_PAGE), pathPattern(LOGIN_PAGE_STYLE)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .userDetailsService(users(properties))
                .securityContext(context -> context.securityContextRepository(issuerSecurityContext()))
                .requestCache(cache -> cache.requestCache(issuerRequestCache()))
                .formLogin(Customizer.withDefaults());
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

    /**
     * A client for itself gets client credentials; a client for a person (one with redirect URIs) the authorization
     * code, only with PKCE, then refresh tokens, an ID token for {@code openid}, and no consent screen: the dev
     * issuer's clients are the platform's own.
     */
    private static RegisteredClient registeredClient(
            String clientId, DevIssuerProperties.Client client, DevIssuerProperties properties) {
        RegisteredClient.Builder registered = RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(encoded(client.secret(), "client " + clientId + " needs a secret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .scopes(scopes -> scopes.addAll(client.registeredScopes()))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.tokenTimeToLive())
                        .build());
        ClientSettings.Builder settings = ClientSettings.withSettings(Map.of(AUDIENCE_SETTING, client.audience()));
        if (client.actsForAPerson()) {
            registered
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(client.redirectUris()))
                    .scope(OidcScopes.OPENID);
            settings.requireProofKey(true).requireAuthorizationConsent(false);
        } else {
            registered.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
        }
        return registered.clientSettings(settings.build()).build();
    }

    private static UserDetailsService users(DevIssuerProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().entrySet().stream()
                .map(user -> User.withUsername(user.getKey())
                        .password(encoded(user.getValue().password(), "user " + user.getKey() + " needs a password"))
                        .build())
                .toList());
    }

    private static SecurityContextRepository issuerSecurityContext() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(ISSUER_SECURITY_CONTEXT);
        return repository;
    }

    private static RequestCache issuerRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setSessionAttrName(ISSUER_SAVED_REQUEST);
        return cache;
    }

    /** The server checks secrets and passwords with a delegating encoder, which needs the {@code {id}} prefix. */
    private static String encoded(String secret, String missing) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("sti.gateway.dev-issuer: " + missing);
        }
        return secret.startsWith("{") ? secret : "{noop}" + secret;
    }
}
