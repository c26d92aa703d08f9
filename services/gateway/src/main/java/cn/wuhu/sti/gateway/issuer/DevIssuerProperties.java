package cn.wuhu.sti.gateway.issuer;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The development token issuer's clients. A map keyed by client id, so another property source can add a client
 * without repeating the others.
 *
 * @param enabled whether the gateway issues tokens itself (only in {@code dev}; production uses an external IdP)
 * @param tokenTimeToLive lifetime of an access token
 * @param clients client id to its secret, scopes and audience
 */
@ConfigurationProperties("sti.gateway.dev-issuer")
public record DevIssuerProperties(
        boolean enabled, @DefaultValue("1h") Duration tokenTimeToLive, Map<String, Client> clients) {

    public DevIssuerProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /**
     * @param secret the client secret; plain, or already encoded with a {@code {id}} prefix such as {@code {bcrypt}}
     * @param scopes scopes the client may hold, named one by one
     * @param serviceScopes scopes the client may hold across every service ({@code read} or {@code all}), besides
     *     {@code scopes}
     * @param audience the {@code aud} claim of its tokens, the audience the services check
     */
    public record Client(
            String secret,
            List<String> scopes,
            @DefaultValue("none") ServiceScopes serviceScopes,
            @DefaultValue("sti-platform") String audience) {

        public Client {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }

        /** Every scope the client may hold, all granted when it asks for none. */
        Set<String> registeredScopes() {
            Set<String> registered = new LinkedHashSet<>(serviceScopes.scopes());
            registered.addAll(scopes);
            return registered;
        }
    }
}
