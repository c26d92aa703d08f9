package cn.wuhu.sti.gateway;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

/**
 * The services behind the gateway: the public path each one owns, the contract's port it listens on locally and the
 * scopes its API checks. A new service is one constant here; its route, circuit breaker, default address and the
 * dev issuer's scopes for it follow.
 */
public enum Backend {
    TALENT("talent", "/api/talent/**", 8081),
    ENTERPRISE("enterprise", "/api/enterprises/**", 8082),
    TECHMARKET("techmarket", "/api/techmarket/**", 8083),
    PARKS("parks", "/api/parks/**", 8084),
    REPORTS("reports", "/api/reports/**", 8085, "reports:admin");

    private final String id;
    private final String pathPattern;
    private final int defaultPort;
    private final List<String> furtherScopes;

    Backend(String id, String pathPattern, int defaultPort, String... furtherScopes) {
        this.id = id;
        this.pathPattern = pathPattern;
        this.defaultPort = defaultPort;
        this.furtherScopes = List.of(furtherScopes);
    }

    /** The key under {@code sti.gateway.services}, the route id, the circuit-breaker name and the scopes' prefix. */
    public String id() {
        return id;
    }

    /** A path pattern; {@code /**} also matches the bare collection path such as {@code /api/enterprises}. */
    public String pathPattern() {
        return pathPattern;
    }

    /** The service's port in the contract, where it listens when the platform runs on one machine. */
    public int defaultPort() {
        return defaultPort;
    }

    /** Where the gateway finds the service unless {@code sti.gateway.services.<id>} says otherwise. */
    public URI defaultUri() {
        return URI.create("http://localhost:" + defaultPort);
    }

    public String readScope() {
        return id + ":read";
    }

    /** {@code <id>:read}, {@code <id>:write} and any scope of the service beyond those two. */
    public List<String> scopes() {
        return Stream.concat(Stream.of(readScope(), id + ":write"), furtherScopes.stream())
                .toList();
    }
}
