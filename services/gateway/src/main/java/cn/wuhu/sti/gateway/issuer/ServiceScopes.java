package cn.wuhu.sti.gateway.issuer;

import cn.wuhu.sti.gateway.Backend;
import java.util.Arrays;
import java.util.List;

/** Scopes named by how far they reach across the services behind the gateway, so a new service's scopes come along. */
public enum ServiceScopes {
    /** No service's scopes beyond those the client lists. */
    NONE,
    /** The {@code :read} scope of every service. */
    READ,
    /** Every scope of every service: {@code :read}, {@code :write} and the likes of {@code reports:admin}. */
    ALL;

    List<String> scopes() {
        return switch (this) {
            case NONE -> List.of();
            case READ -> Arrays.stream(Backend.values()).map(Backend::readScope).toList();
            case ALL ->
                Arrays.stream(Backend.values())
                        .flatMap(backend -> backend.scopes().stream())
                        .toList();
        };
    }
}
