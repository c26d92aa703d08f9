package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher's two consoles: the quiet one silences the libraries' start-up notices a user cannot act on and
 * keeps their warnings otherwise; the verbose one ({@code --verbose}) leaves every library at INFO.
 */
class ConsoleLoggingTest {

    @ParameterizedTest
    @CsvSource({
        "logback.xml, de.bwaldvogel.mongo.backend.AbstractMongoDatabase, ERROR",
        "logback.xml, org.apache.kafka.controller.QuorumController, ERROR",
        "logback.xml, org.apache.kafka.clients.NetworkClient, WARN",
        "logback.xml, cn.wuhu.sti.messaging.outbox.OutboxRelay, INFO",
        "logback-verbose.xml, de.bwaldvogel.mongo.backend.AbstractMongoDatabase, INFO",
        "logback-verbose.xml, org.apache.kafka.controller.QuorumController, INFO"
    })
    void eachConsoleParsesAndLogsALoggerFromItsLevel(String file, String logger, String level) throws Exception {
        var context = new LoggerContext();
        var configurator = new JoranConfigurator();
        configurator.setContext(context);

        configurator.doConfigure(getClass().getClassLoader().getResource(file));

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(status -> status.getLevel() >= Status.WARN);
        assertThat(context.getLogger(logger).getEffectiveLevel()).isEqualTo(Level.toLevel(level));
        context.stop();
    }
}
