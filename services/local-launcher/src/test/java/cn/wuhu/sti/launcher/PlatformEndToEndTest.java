package cn.wuhu.sti.launcher;

import cn.wuhu.sti.test.TopicProbe;
import org.junit.jupiter.api.BeforeAll;

/** The end-to-end scenarios on the launcher's own infrastructure: a real KRaft broker and the Mongo wire server. */
class PlatformEndToEndTest extends EndToEndScenarios {

    @BeforeAll
    static void startOnTheEmbeddedInfrastructure() throws Exception {
        startThePlatform(PlatformOptions.defaults()
                .withInfrastructurePorts(TopicProbe.freePort(), TopicProbe.freePort(), TopicProbe.freePort()));
    }
}
