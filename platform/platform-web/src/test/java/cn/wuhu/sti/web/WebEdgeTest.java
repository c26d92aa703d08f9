package cn.wuhu.sti.web;

import cn.wuhu.sti.test.SharedInfrastructure;
import cn.wuhu.sti.test.access.TestIssuer;
import cn.wuhu.sti.web.demo.DemoApplication;
import cn.wuhu.sti.web.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every test class here shares (same configuration, so Spring caches it): the demo service
 * on a random port, a real Mongo wire server, and a real JWK endpoint. Only the issuer is configured; the JWK set
 * URI follows from it.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebEdgeTest {

    protected static final String WRITER = TestIssuer.token("demo:read demo:write");
    protected static final String READER = TestIssuer.token("demo:read");

    @LocalServerPort
    private int port;

    @Autowired
    protected MongoTemplate mongo;

    protected Http http;

    @DynamicPropertySource
    static void edge(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", SharedInfrastructure::mongoUri);
        registry.add("spring.mongodb.database", () -> "platform_web_test");
        registry.add("sti.security.issuer", () -> TestIssuer.ISSUER);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }
}
