package cn.wuhu.sti.gateway.issuer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A client-credentials request without a {@code scope} parameter gets every scope the client is registered with
 * (RFC 6749 §3.3 lets the server pick a default), instead of a token with no scope at all.
 */
final class RegisteredScopesByDefault implements AuthenticationConverter {

    private final AuthenticationConverter delegate;

    RegisteredScopesByDefault(AuthenticationConverter delegate) {
        this.delegate = delegate;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken token
                && token.getScopes().isEmpty()
                && token.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            return new OAuth2ClientCredentialsAuthenticationToken(
                    client, client.getRegisteredClient().getScopes(), token.getAdditionalParameters());
        }
        return converted;
    }
}
