package cn.wuhu.sti.enterprise.store;

import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.wuhu.sti.store.StoreUnavailable;
import cn.wuhu.sti.test.SharedInfrastructure;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service on a Mongo wire server of its own, which the test stops and starts again on the same port (the shared
 * one stays up for the other tests).
 */
@SpringBootTest(properties = "sti.outbox.auto-startup=false")
@AutoConfigureMockMvc
class StoreOutageTest {

    private static MongoServer store = startStore(0);
    private static final int PORT = store.getLocalAddress().getPort();

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + PORT + "/sti-enterprise");
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
    }

    @AfterAll
    static void stopStore() {
        store.shutdownNow();
    }

    @Test
    void whileTheStoreIsAwayAWriteIsA503WithinSecondsAndTheServiceIsNotReadyUntilTheStoreIsBack() throws Exception {
        assertThat(register().getStatus()).isEqualTo(201);
        assertThat(readiness()).isEqualTo(200);

        store.shutdownNow();
        // The first write finds its pooled connection closed; the next one waits for server selection to give up.
        for (int attempt = 1; attempt <= 2; attempt++) {
            long started = System.nanoTime();
            MockHttpServletResponse duringOutage = register();
            Duration answeredAfter = Duration.ofNanos(System.nanoTime() - started);

            assertThat(duringOutage.getStatus()).isEqualTo(503);
            assertThat(duringOutage.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(duringOutage.getHeader("Retry-After")).isEqualTo("5");
            assertThat(answeredAfter).isLessThan(Duration.ofSeconds(5));
            System.out.printf("Write %d during the store outage: 503 after %d ms%n", attempt, answeredAfter.toMillis());
        }
        assertThat(readiness()).isEqualTo(503);
        assertThat(health("liveness"))
                .as("an outage of the store never restarts the service")
                .isEqualTo(200);
        // What a Kafka listener gets from the same client now: the error handler waits that out, never dead-letters.
        assertThat(StoreUnavailable.isCause(catchThrowable(() -> mongo.insert(new Document("_id", "probe"), "probes"))))
                .isTrue();

        store = await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> startStore(PORT), s -> true);

        await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == 200);
        assertThat(register().getStatus()).isEqualTo(201);
    }

    private MockHttpServletResponse register() throws Exception {
        return mvc.perform(post("/api/enterprises")
                        .with(jwt().jwt(j -> j.subject("bureau-admin"))
                                .authorities(new SimpleGrantedAuthority("SCOPE_enterprise:write")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"uscc":"%s","name":"芜湖样例科技有限公司","district":"JINGHU","industry":"NEV_ICV","registeredOn":"2019-04-01"}""".formatted(freshUscc())))
                .andReturn()
                .getResponse();
    }

    private int readiness() throws Exception {
        return health("readiness");
    }

    private int health(String group) throws Exception {
        return mvc.perform(get("/actuator/health/" + group))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static MongoServer startStore(int port) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        return server;
    }
}
