package cn.wuhu.sti.launcher;

import static cn.wuhu.sti.launcher.ContextService.ENTERPRISE;
import static cn.wuhu.sti.launcher.ContextService.REPORTING;
import static cn.wuhu.sti.launcher.PlatformClient.amount;
import static cn.wuhu.sti.launcher.PlatformClient.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The platform's behaviour end to end — the services and the gateway with its token issuer, started as the
 * launcher starts them — driven only through the gateway's public API and the topic. Subclasses choose the
 * infrastructure: the launcher's own KRaft broker and Mongo wire server, or real containers.
 */
abstract class EndToEndScenarios {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 1_000_000L);
    static LocalPlatform platform;
    static PlatformClient admin;

    /** Our ports, free ones; Kafka and Mongo as the options say. */
    static void startThePlatform(PlatformOptions infrastructure) throws Exception {
        platform = LocalPlatform.start(infrastructure
                .withPorts(TopicProbe::freePort)
                .withServiceArgs(
                        "gateway",
                        "--sti.gateway.dev-issuer.clients.other-app.secret=other-app-secret",
                        "--sti.gateway.dev-issuer.clients.other-app.scopes=enterprise:read,enterprise:write",
                        "--sti.gateway.dev-issuer.clients.other-app.audience=other-app"));
        admin = PlatformClient.as(platform.gatewayUrl(), "bureau-admin", "bureau-admin-secret");
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void firmsRecognizedThroughTheGatewayAreCountedByReportingWithAndWithoutADistrictFilter() {
        String inWuwei = register("WUWEI");
        String inNanling = register("NANLING");
        recognizeHighTech(inWuwei, "2030-03-01");
        recognizeHighTech(inNanling, "2030-06-15");

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        indicator(admin.read("/api/reports/indicators?year=2030"), "enterprise.hightech.new") == 2);
        var wuwei = admin.read("/api/reports/indicators?year=2030&district=WUWEI");
        assertThat(wuwei.path("district").asString()).isEqualTo("WUWEI");
        assertThat(indicator(wuwei, "enterprise.hightech.new")).isEqualTo(1);
        assertThat(indicator(wuwei, "enterprise.hightech.total")).isEqualTo(1);
        assertThat(indicator(
                        admin.read("/api/reports/indicators?year=2030&district=JINGHU"), "enterprise.hightech.new"))
                .isZero();
    }

    @Test
    void callersWithoutTheRightTokenAreTurnedAwayWithProblemDetails() {
        var anonymous = PlatformClient.anonymous(platform.gatewayUrl());
        var reader = PlatformClient.as(platform.gatewayUrl(), "dept-reader", "dept-reader-secret");
        var otherAudience = PlatformClient.as(platform.gatewayUrl(), "other-app", "other-app-secret");

        var noToken = anonymous.get("/api/reports/indicators?year=2023");
        var readerWrites = reader.post("/api/enterprises", registration(freshUscc(), "JINGHU"));
        var wrongAudience = otherAudience.get("/api/enterprises?size=1");

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge)
                        .startsWith("Bearer")
                        .doesNotContain(":"
                                + platform.service(REPORTING).getEnvironment().getProperty("local.server.port")));
        assertThat(noToken.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(readerWrites.statusCode()).isEqualTo(403);
        assertThat(wrongAudience.statusCode()).isEqualTo(401);
        assertThat(reader.get("/api/reports/indicators?year=2023").statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWith400NamingTheFieldAndNothingIsStored() {
        String uscc = freshUscc();
        String body = registration(uscc, "ATLANTIS");

        var response = admin.post("/api/enterprises", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PlatformClient.json(response)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("district");
        assertThat(admin.get("/api/enterprises/" + uscc).statusCode()).isEqualTo(404);
    }

    @Test
    void anEventWrittenButNotSentBeforeACrashIsPublishedAfterTheRestartAndCountedOnce() {
        platform.restart(ENTERPRISE, "--sti.outbox.auto-startup=false");
        String uscc = register("JIUJIANG");
        recognizeHighTech(uscc, "2031-05-20");
        assertThat(platform.service(ENTERPRISE).getBean(OutboxRelay.class).pendingCount())
                .isEqualTo(2);
        assertThat(recordsFor(uscc))
                .as("nothing reached the topic while the relay was down")
                .isEmpty();

        platform.restart(ENTERPRISE);

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        indicator(admin.read("/api/reports/indicators?year=2031"), "enterprise.hightech.new") == 1);
        OutboxRelay relay = platform.service(ENTERPRISE).getBean(OutboxRelay.class);
        assertThat(relay.relayPending()).isZero();
        assertThat(relay.pendingCount()).isZero();
        List<ConsumerRecord<String, byte[]>> published = recordsFor(uscc);
        assertThat(published).hasSize(2);
        assertThat(published)
                .extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .containsExactly("cn.wuhu.sti.enterprise.registered.v1", "cn.wuhu.sti.enterprise.recognized.v1");
        assertThat(indicator(admin.read("/api/reports/indicators?year=2031"), "enterprise.hightech.new"))
                .as("still counted once after the relay ran again")
                .isEqualTo(1);
    }

    @Test
    void aTeamLandedAndIncorporatedThroughTheGatewayCountsInItsLandingDistrictAndBecomesAFirmWithItsOrigin() {
        String teamId = sourcedTeam("JINGHU");
        move(teamId, "signing", Map.of("date", "2031-05-10"));
        move(teamId, "landing", Map.of("date", "2031-12-20", "district", "WANZHI"));
        String uscc = freshUscc();
        move(teamId, "incorporation", Map.of("date", "2031-12-28", "uscc", uscc, "name", "芜湖团队端到端科技有限公司"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> indicator(
                                admin.read("/api/reports/indicators?year=2031&district=WANZHI"),
                                "talent.teams.incorporated")
                        == 1);
        assertThat(indicator(admin.read("/api/reports/indicators?year=2031&district=WANZHI"), "talent.teams.landed"))
                .isEqualTo(1);
        assertThat(indicator(admin.read("/api/reports/indicators?year=2031&district=JINGHU"), "talent.teams.landed"))
                .as("a team counts where it landed, not where it was sourced")
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/enterprises/" + uscc).statusCode() == 200);
        var firm = admin.read("/api/enterprises/" + uscc);
        assertThat(firm.path("district").asString()).isEqualTo("WANZHI");
        assertThat(firm.path("origin").path("kind").asString()).isEqualTo("TALENT_TEAM");
        assertThat(firm.path("origin").path("teamId").asString()).isEqualTo(teamId);
    }

    @Test
    void theSameIncorporationEventDeliveredTwiceChangesNothing() throws Exception {
        String teamId = sourcedTeam("YIJIANG");
        move(teamId, "signing", Map.of("date", "2032-02-01"));
        move(teamId, "landing", Map.of("date", "2032-03-01", "district", "YIJIANG"));
        String uscc = freshUscc();
        move(teamId, "incorporation", Map.of("date", "2032-04-01", "uscc", uscc, "name", "芜湖重投科技有限公司"));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        indicator(admin.read("/api/reports/indicators?year=2032"), "talent.teams.incorporated") == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/enterprises/" + uscc).statusCode() == 200);
        String firmBefore = admin.read("/api/enterprises/" + uscc).toString();
        ConsumerRecord<String, byte[]> incorporation = talentRecordsFor(teamId).stream()
                .filter(record -> TopicProbe.header(record, "ce_type").endsWith("team-incorporated.v1"))
                .findFirst()
                .orElseThrow();

        long resentAt = resend(incorporation);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> consumedBeyond("enterprise-service", incorporation.partition(), resentAt)
                        && consumedBeyond("reporting-service-talent", incorporation.partition(), resentAt));
        assertThat(admin.read("/api/enterprises/" + uscc).toString()).isEqualTo(firmBefore);
        assertThat(indicator(admin.read("/api/reports/indicators?year=2032"), "talent.teams.incorporated"))
                .isEqualTo(1);
        assertThat(recordsFor(uscc))
                .as("one registration of the firm on sti.enterprise.v1")
                .hasSize(1);
    }

    @Test
    void aForeignRecordOnTheTalentTopicGoesToItsDeadLetterTopicAndTheNextIsProcessed() throws Exception {
        String teamId = sourcedTeam("FANCHANG");
        move(teamId, "signing", Map.of("date", "2033-01-10"));
        try (var publisher = new TopicPublisher(platform.kafkaBootstrapServers());
                var deadLetters =
                        new TopicProbe(platform.kafkaBootstrapServers(), Topics.deadLetterOf(Topics.TALENT))) {
            publisher.sendRaw(Topics.TALENT, teamId, "<team/>".getBytes(StandardCharsets.UTF_8), Map.of());
            move(teamId, "landing", Map.of("date", "2033-02-02", "district", "FANCHANG"));

            assertThat(TopicProbe.header(deadLetters.awaitRecord(teamId), "kafka_dlt-original-topic"))
                    .isEqualTo(Topics.TALENT);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> indicator(
                                    admin.read("/api/reports/indicators?year=2033&district=FANCHANG"),
                                    "talent.teams.landed")
                            == 1);
        }
    }

    @Test
    void aContractRegisteredInJanuaryForADecemberSigningCountsInTheYearOfRegistrationToTheFen() {
        var response =
                admin.post("/api/techmarket/contracts", contract("2034000000000001", "2033-12-20", "2034-01-05"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> amount(
                                        admin.read("/api/reports/indicators?year=2034&district=JIUJIANG"),
                                        "techmarket.contracts.amount")
                                .compareTo(new BigDecimal("12345678.91"))
                        == 0);
        var district = admin.read("/api/reports/indicators?year=2034&district=JIUJIANG");
        assertThat(amount(district, "techmarket.transactions.amount")).isEqualByComparingTo("12345678.90");
        assertThat(indicator(district, "techmarket.contracts.count")).isEqualTo(1);
        assertThat(indicator(admin.read("/api/reports/indicators?year=2033"), "techmarket.contracts.count"))
                .as("the signing's year")
                .isZero();
    }

    @Test
    void theSameContractPostedTwiceWithOneIdempotencyKeyCountsOnceAndWithoutTheKeyIsAConflict() {
        String body = contract("2035000000000001", "2035-03-01", "2035-03-10");

        var first = admin.post("/api/techmarket/contracts", body, "Idempotency-Key", "contract-2035-1");
        var again = admin.post("/api/techmarket/contracts", body, "Idempotency-Key", "contract-2035-1");
        var withoutKey = admin.post("/api/techmarket/contracts", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(withoutKey.statusCode()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        indicator(admin.read("/api/reports/indicators?year=2035"), "techmarket.contracts.count") == 1);
        assertThat(techmarketRecordsFor("2035000000000001"))
                .as("one registration on sti.techmarket.v1")
                .hasSize(1);
    }

    @Test
    void aFirmMovingIntoAParkThroughTheGatewayCountsInTheParksDistrictAndTheAreaRuleHolds() {
        var planned = admin.post(
                "/api/parks",
                Map.of(
                        "name", "端到端机器人创新园",
                        "district", "WUWEI",
                        "industry", "ROBOTICS",
                        "plannedArea", "30000.00",
                        "plannedOn", "2036-01-02"));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String park = "/api/parks/" + PlatformClient.json(planned).path("id").asString();
        assertThat(admin.post(park + "/construction", Map.of("date", "2036-02-01"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(admin.post(park + "/opening", Map.of("date", "2036-06-01", "usableArea", "10000.00"))
                        .statusCode())
                .isEqualTo(201);

        var tenant = admin.post(
                park + "/tenants",
                Map.of("uscc", freshUscc(), "name", "芜湖入园科技有限公司", "area", "2500.00", "movedInOn", "2036-07-01"));
        var tooLarge = admin.post(
                park + "/tenants",
                Map.of("uscc", freshUscc(), "name", "芜湖大厂科技有限公司", "area", "7500.01", "movedInOn", "2036-07-02"));

        assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
        assertThat(tooLarge.statusCode()).as("more than the free area").isEqualTo(409);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> indicator(
                                admin.read("/api/reports/indicators?year=2036&district=WUWEI"), "parks.tenants.movedin")
                        == 1);
        var wuwei = admin.read("/api/reports/indicators?year=2036&district=WUWEI");
        assertThat(amount(wuwei, "parks.occupancy")).isEqualByComparingTo("25.00");
        assertThat(indicator(admin.read("/api/reports/indicators?year=2036&district=JINGHU"), "parks.tenants.movedin"))
                .isZero();
    }

    @Test
    void aLeaderSignsInToTheDashboardSeesTheYearsIndicatorsAsChartsAndTheFactsBehindAValue() {
        // A year of its own, so the other scenarios' firms do not move its figures.
        int year = 2041;
        List<String> firms = List.of(register("WUWEI"), register("WUWEI"), register("JINGHU"));
        firms.forEach(uscc -> recognizeHighTech(uscc, year + "-04-01"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> indicator(admin.read("/api/reports/indicators?year=" + year), "enterprise.hightech.new")
                        == firms.size());

        try (DashboardBrowser browser = DashboardBrowser.start()) {
            // Not signed in: the gateway sends the browser to the issuer's login page, then back to the page.
            browser.signInToTheDashboard(platform.gatewayUrl(), year, "leader", "leader-secret");
            assertThat(browser.currentUrl()).isEqualTo(platform.gatewayUrl() + "/?year=" + year);
            assertThat(browser.waitFor("#user").getText()).contains("leader");
            WebElement value = browser.waitFor("#indicator-table button.value[data-code='enterprise.hightech.new']");
            assertThat(value.getText()).isEqualTo(String.valueOf(firms.size()));
            assertThat(browser.chartsDrawn())
                    .hasSize(3)
                    .allSatisfy((chart, pixels) -> assertThat(pixels)
                            .as("%s drawn on its canvas", chart)
                            .isGreaterThan(1_000));
            // The session cookie is HttpOnly and the page keeps nothing: no token ever reaches its JavaScript.
            assertThat(browser.script(
                            "return document.cookie + JSON.stringify(localStorage) + JSON.stringify(sessionStorage)"))
                    .isEqualTo("{}{}");

            value.click();
            browser.waitFor("#provenance");
            List<String> subjects = browser.waitUntil(() -> {
                @SuppressWarnings("unchecked")
                List<String> rows = (List<String>)
                        browser.script(
                                "return [...document.querySelectorAll('#facts-table tbody tr td:nth-child(2)')].map(td => td.textContent)");
                return rows.size() == firms.size() ? rows : null;
            });
            assertThat(subjects).containsExactlyInAnyOrderElementsOf(firms);

            Path screenshot = browser.screenshot(Path.of("target", "dashboard", "dashboard-" + year + ".png"));
            assertThat(screenshot).isNotEmptyFile();
            System.out.println("dashboard screenshot: " + screenshot.toAbsolutePath());
        }
    }

    private static String contract(String registrationNo, String signedOn, String registeredOn) {
        return """
                {"registrationNo":"%s","kind":"DEVELOPMENT","seller":{"name":"安徽工程大学"},
                 "buyer":{"name":"芜湖端到端科技有限公司"},"contractAmount":"12345678.91",
                 "techTransactionAmount":"12345678.90","signedOn":"%s","registeredOn":"%s","district":"JIUJIANG"}""".formatted(registrationNo, signedOn, registeredOn);
    }

    private static List<ConsumerRecord<String, byte[]>> techmarketRecordsFor(String key) {
        try (var probe = new TopicProbe(platform.kafkaBootstrapServers(), Topics.TECHMARKET)) {
            return probe.readToEnd(key);
        }
    }

    private static String sourcedTeam(String district) {
        var response = admin.post(
                "/api/talent/teams",
                Map.of(
                        "name", "端到端创新团队",
                        "leader", "张教授",
                        "industry", "ROBOTICS",
                        "district", district,
                        "originRegion", "上海",
                        "sourcedOn", "2030-01-01"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PlatformClient.json(response).path("id").asString();
    }

    private static void move(String teamId, String move, Map<String, String> body) {
        var response = admin.post("/api/talent/teams/" + teamId + "/" + move, body);
        assertThat(response.statusCode()).as(move + ": " + response.body()).isEqualTo(201);
    }

    private static List<ConsumerRecord<String, byte[]>> talentRecordsFor(String key) {
        try (var probe = new TopicProbe(platform.kafkaBootstrapServers(), Topics.TALENT)) {
            return probe.readToEnd(key);
        }
    }

    /** Writes the record again as it was (key, body, CloudEvents headers): an at-least-once re-send. */
    private static long resend(ConsumerRecord<String, byte[]> record) throws Exception {
        try (var producer = new KafkaProducer<String, byte[]>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(
                            record.topic(), record.partition(), record.key(), record.value(), record.headers()))
                    .get()
                    .offset();
        }
    }

    /** Whether {@code group} has committed an offset past {@code offset} on the talent topic's partition. */
    private static boolean consumedBeyond(String group, int partition, long offset) throws Exception {
        try (var admin = AdminClient.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .get(new TopicPartition(Topics.TALENT, partition));
            return committed != null && committed.offset() > offset;
        }
    }

    private static String register(String district) {
        String uscc = freshUscc();
        assertThat(admin.post("/api/enterprises", registration(uscc, district)).statusCode())
                .isEqualTo(201);
        return uscc;
    }

    private static void recognizeHighTech(String uscc, String on) {
        var response = admin.post(
                "/api/enterprises/" + uscc + "/recognitions",
                Map.of(
                        "tier",
                        "HIGH_TECH",
                        "certificateNo",
                        "GR" + uscc.substring(8, 17),
                        "recognizedOn",
                        on,
                        "validUntil",
                        java.time.LocalDate.parse(on).plusYears(3).minusDays(1).toString()));
        assertThat(response.statusCode()).isEqualTo(201);
    }

    private static String registration(String uscc, String district) {
        return """
                {"uscc":"%s","name":"芜湖端到端科技有限公司","district":"%s","industry":"AI","registeredOn":"2020-01-02"}""".formatted(uscc, district);
    }

    private static String freshUscc() {
        String first17 = "91340207" + String.format("%09d", SERIAL.incrementAndGet());
        String uscc = first17 + Uscc.checkCharacterOf(first17);
        return uscc;
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String key) {
        try (var probe = new TopicProbe(platform.kafkaBootstrapServers(), Topics.ENTERPRISE)) {
            return probe.readToEnd(key);
        }
    }
}
