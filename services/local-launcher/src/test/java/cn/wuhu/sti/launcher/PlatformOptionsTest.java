package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlatformOptionsTest {

    @Test
    void withoutArgumentsThePortsAreTheContracts() {
        var options = PlatformOptions.parse();

        assertThat(options.demo).isFalse();
        assertThat(options.dataDir).isNull();
        assertThat(new int[] {
                    options.gatewayPort, options.port(ContextService.ENTERPRISE), options.port(ContextService.REPORTING)
                })
                .containsExactly(8080, 8082, 8085);
        assertThat(new int[] {options.kafkaPort, options.mongoPort}).containsExactly(9092, 27017);
    }

    @Test
    void demoDataFolderPortsAndExternalInfrastructureAreTakenFromTheCommandLine() {
        var options = PlatformOptions.parse(
                "--demo", "--data-dir=/tmp/sti", "--gateway-port=18080", "--kafka=broker:9092", "--mongo=mongodb://db");

        assertThat(options.demo).isTrue();
        assertThat(options.dataDir).isEqualTo(Path.of("/tmp/sti"));
        assertThat(options.gatewayPort).isEqualTo(18080);
        assertThat(options.externalKafka).isEqualTo("broker:9092");
        assertThat(options.externalMongo).isEqualTo("mongodb://db");
    }

    @Test
    void eachServiceMovesToAnotherPortWithItsOwnOptionWhichTheUsageLists() {
        var options = PlatformOptions.parse("--enterprise-port=18082", "--reporting-port=18085");

        assertThat(options.port(ContextService.ENTERPRISE)).isEqualTo(18082);
        assertThat(options.port(ContextService.REPORTING)).isEqualTo(18085);
        for (ContextService service : ContextService.values()) {
            assertThat(PlatformOptions.usage()).contains("[" + service.portOption() + "=");
        }
    }

    @Test
    void theConsoleIsQuietUnlessVerboseIsAskedForWhichTheUsageExplains() {
        assertThat(PlatformOptions.parse().verbose).isFalse();
        assertThat(PlatformOptions.parse("--verbose").verbose).isTrue();
        assertThat(PlatformOptions.usage()).contains("--verbose    print every library's log");
    }

    @Test
    void theUsageWrapsItsOptionsUnderTheFirstOne() {
        assertThat(PlatformOptions.usage()).startsWith("""
                        Usage: ./sti-local [--demo] [--data-dir=DIR] [--gateway-port=8080] [--talent-port=8081]
                                           [--enterprise-port=8082] [--techmarket-port=8083] [--parks-port=8084]
                                           [--reporting-port=8085] [--kafka-port=9092] [--kafka-controller-port=9093]
                                           [--mongo-port=27017] [--kafka=HOST:PORT] [--mongo=mongodb://HOST:PORT]
                                           [--only=kafka|mongo] [--verbose]
                          --demo       load""");
    }

    @Test
    void anUnknownOptionOrABadPortIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> PlatformOptions.parse("--dmeo"))
                .hasMessageContaining("Unknown option --dmeo")
                .hasMessageContaining("Usage: ./sti-local");
        assertThatThrownBy(() -> PlatformOptions.parse("--gateway-port=http"))
                .hasMessageContaining("Not a port number");
        assertThatThrownBy(() -> PlatformOptions.parse("--reporting-port=http"))
                .hasMessageContaining("Not a port number");
    }

    @Test
    void onlyRunsTheBrokerOrTheStoreAloneAndRefusesAnythingElse() {
        var kafkaAlone = PlatformOptions.parse("--only=kafka");
        assertThat(kafkaAlone.runs("kafka")).isTrue();
        assertThat(kafkaAlone.runs("mongo")).isFalse();
        assertThat(kafkaAlone.runs("services")).isFalse();
        assertThat(PlatformOptions.parse().runs("services")).isTrue();
        assertThatThrownBy(() -> PlatformOptions.parse("--only=gateway"))
                .hasMessageContaining("--only takes kafka or mongo");
    }
}
