package cn.wuhu.sti.gateway.issuer;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The development token issuer's clients and users. Maps keyed by client id and user name, so another property source
 * can add one without repeating the others.
 *
 * @param enabled whether the gateway issues tokens itself (only in {@code dev}; production uses an external IdP)
 * @param tokenTimeToLive lifetime of an access token
 * @param clients client id to its secret, scopes and audience
 * @param users user name to password, for the sign-in of clients that act for a person (the dashboard)
 */
@ConfigurationProperties("sti.gateway.dev-issuer")
public record DevIssuerProperties(
        boolean enabled,
        @DefaultValue("1h") Duration tokenTimeToLive,
        Map<String, Client> clients,
        Map<String, User> users) {

    public DevIssuerProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    /** @param password plain, or already encoded with a {@code {id}} prefix such as {@code {bcrypt}} */
    public record User(String password) {}

    /**
     * @param secret the client secret; plain, or already encoded with a {@code {id}} prefix such as {@code {bcrypt}}
     * @param scopes scopes the client may hold, named one by one
     * @param serviceScopes scopes the client may hold across every service ({@code read} or {@code all}), besides
     *     {@code scopes}
     * @param audience the {@code aud} claim of its tokens, the audience the services check
     * @param redirectUris where the client takes a signed-in user's authorization code back to; a client with any
     *     acts for a person (authorization code with PKCE, then refresh tokens), one without for itself (client
     *     credentials)
     */
    public record Client(
            String secret,
            List<String> scopes,
            @DefaultValue("none") ServiceScopes serviceScopes,
            @DefaultValue("sti-platform") String audience,
            List<String> redirectUris) {

        public Client {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        }

        boolean actsForAPerson() {
            return !redirectUris.isEmpty();
        }

        /** Every scope the client may hold, all granted when it asks for none. */
        Set<String> registeredScopes() {
            Set<String> registered = new LinkedHashSet<>(serviceScopes.scopes());
            registered.addAll(scopes);
            return registered;
        }
    }
}
