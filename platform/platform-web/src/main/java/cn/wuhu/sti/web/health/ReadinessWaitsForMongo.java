package cn.wuhu.sti.web.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

/**
 * Adds the {@code mongo} component to the {@code readiness} group (Boot's own holds only {@code readinessState}): a
 * service whose store is away cannot answer a write, so it takes itself out of the load balancer until the store is
 * back. Liveness stays without it, so an outage never gets the service restarted.
 */
class ReadinessWaitsForMongo implements HealthEndpointGroupsPostProcessor {

    static final String READINESS = "readiness";
    static final String MONGO = "mongo";

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        HealthEndpointGroup readiness = groups.get(READINESS);
        if (readiness == null || readiness.isMember(MONGO)) {
            return groups;
        }
        Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
        groups.getNames().forEach(name -> named.put(name, groups.get(name)));
        named.put(READINESS, new WithMongo(readiness));
        return HealthEndpointGroups.of(groups.getPrimary(), named);
    }

    private record WithMongo(HealthEndpointGroup readiness) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return MONGO.equals(name) || readiness.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return readiness.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return readiness.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return readiness.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return readiness.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return readiness.getAdditionalPath();
        }
    }
}
