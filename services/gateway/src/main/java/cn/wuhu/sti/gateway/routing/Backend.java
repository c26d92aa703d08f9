package cn.wuhu.sti.gateway.routing;

/** The services behind the gateway and the public path each one owns. */
enum Backend {
    TALENT("talent", "/api/talent/**"),
    ENTERPRISE("enterprise", "/api/enterprises/**"),
    TECHMARKET("techmarket", "/api/techmarket/**"),
    PARKS("parks", "/api/parks/**"),
    REPORTS("reports", "/api/reports/**");

    private final String id;
    private final String pathPattern;

    Backend(String id, String pathPattern) {
        this.id = id;
        this.pathPattern = pathPattern;
    }

    /** The key under {@code sti.gateway.services}, the route id and the circuit-breaker name. */
    String id() {
        return id;
    }

    /** A path pattern; {@code /**} also matches the bare collection path such as {@code /api/enterprises}. */
    String pathPattern() {
        return pathPattern;
    }
}
