package cn.wuhu.sti.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.gateway.Backend;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayPropertiesTest {

    @Test
    void aServiceWithoutAnAddressIsReachedOnItsContractPortOnThisMachine() {
        GatewayProperties properties = properties(Map.of());

        assertThat(Arrays.stream(Backend.values()).map(properties::serviceUri))
                .containsExactly(
                        URI.create("http://localhost:8081"),
                        URI.create("http://localhost:8082"),
                        URI.create("http://localhost:8083"),
                        URI.create("http://localhost:8084"),
                        URI.create("http://localhost:8085"));
    }

    @Test
    void aConfiguredAddressReplacesTheDefaultOfThatServiceOnly() {
        GatewayProperties properties = properties(Map.of("talent", URI.create("http://talent-service:8081")));

        assertThat(properties.serviceUri(Backend.TALENT)).isEqualTo(URI.create("http://talent-service:8081"));
        assertThat(properties.serviceUri(Backend.PARKS)).isEqualTo(URI.create("http://localhost:8084"));
    }

    @Test
    void anAddressForAServiceTheGatewayDoesNotKnowIsRefusedAtStartUp() {
        assertThatThrownBy(() -> properties(Map.of("talnet", URI.create("http://localhost:8081"))))
                .hasMessageContaining("sti.gateway.services.talnet names no service")
                .hasMessageContaining("talent");
    }

    private static GatewayProperties properties(Map<String, URI> services) {
        return new GatewayProperties(
                services,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                new GatewayProperties.CircuitBreaker(50, 20, 10, Duration.ofSeconds(10)));
    }
}
