package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.deploy.KafkaCluster.Acl;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kafka on Strimzi: the cluster, a topic per contract topic and dead-letter topic, and the ACL of every user. */
class KafkaTest {

    private static final Set<String> READ = Set.of("Describe", "Read");
    private static final Set<String> WRITE = Set.of("Describe", "Write");
    private static final Set<String> READ_WRITE = Set.of("Describe", "Read", "Write");

    @Test
    void prodRunsKafkaInKraftModeOnANodePoolOfThreeBrokersThatAreAlsoControllers() {
        Manifests prod = Kustomize.render(Kustomize.PROD);
        GenericKubernetesResource kafka = KafkaCluster.kafka(prod);

        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(kafka.<Object>get("spec", "zookeeper")).isNull();
        assertThat(KafkaCluster.brokers(prod)).isEqualTo(3);
        assertThat(KafkaCluster.controllers(prod)).isEqualTo(3);
        assertThat(KafkaCluster.nodePools(prod))
                .allSatisfy(pool -> assertThat(pool.getMetadata().getLabels())
                        .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName()));
        Map<String, Object> config = kafka.get("spec", "kafka", "config");
        assertThat(config)
                .containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("auto.create.topics.enable", false);
        assertThat(kafka.<String>get("spec", "kafka", "authorization", "type")).isEqualTo("simple");
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void everyListenerAuthenticatesAndTheServicesListenerIsTlsOpenOnlyToKafkaClients(String overlay) {
        Manifests manifests = Kustomize.render(overlay);

        assertThat(KafkaCluster.listeners(manifests)).allSatisfy(listener -> {
            assertThat(listener.get("tls"))
                    .as("listener " + listener.get("name"))
                    .isEqualTo(true);
            assertThat(listener)
                    .extractingByKey("authentication")
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("type", "scram-sha-512");
        });
        assertThat(KafkaCluster.tlsListener(manifests).get("networkPolicyPeers"))
                .isEqualTo(List.of(
                        Map.of("podSelector", Map.of("matchLabels", Map.of("sti.wuhu.cn/kafka-client", "true")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void everyContractTopicAndItsDeadLetterTopicIsAKafkaTopicWithItsRetentionStated(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        Map<String, GenericKubernetesResource> topics = topics(manifests);
        int brokers = KafkaCluster.brokers(manifests);

        assertThat(topics.keySet())
                .filteredOn(name -> !isDepartmentDeadLetterTopic(name))
                .containsExactlyInAnyOrderElementsOf(contractAndDeadLetterTopics());
        assertThat(topics.keySet())
                .as("a department consumer's dead-letter topics, <topic>.<group>.dlt")
                .filteredOn(KafkaTest::isDepartmentDeadLetterTopic)
                .contains("sti.enterprise.v1.dept-finance-subsidy.dlt");
        topics.forEach((name, topic) -> {
            Map<String, Object> config = topic.get("spec", "config");
            int replicas = topic.get("spec", "replicas");
            assertThat(topic.getMetadata().getLabels())
                    .containsEntry("strimzi.io/cluster", KafkaCluster.name(manifests));
            assertThat(replicas).as(name).isLessThanOrEqualTo(brokers);
            assertThat((Integer) config.get("min.insync.replicas")).as(name).isLessThanOrEqualTo(replicas);
            assertThat(config).as(name).containsKey("retention.ms");
            // The contract topics are the history reporting and new subscribers replay: never expired.
            assertThat(((Number) config.get("retention.ms")).longValue())
                    .as(name)
                    .isEqualTo(name.endsWith(".dlt") ? 90L * 24 * 60 * 60 * 1000 : -1L);
            if (manifests.isProd()) {
                assertThat(replicas).as(name).isEqualTo(3);
                assertThat(config).as(name).containsEntry("min.insync.replicas", 2);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void aServiceWritesOnlyItsOwnTopicAndTheDeadLettersOfWhatItReadsAndReadsOnlyWhatItConsumes(String overlay) {
        Manifests manifests = Kustomize.render(overlay);

        for (Platform.Service service : Platform.contextServices()) {
            List<Acl> acls = KafkaCluster.acls(user(manifests, service.name()));
            Set<String> deadLetters =
                    service.consumes().stream().map(t -> t + ".dlt").collect(Collectors.toSet());
            // Reporting administers the dead letters and the subscriptions: it lists every dead-letter topic, sends
            // dead letters back to their original topic, and measures the department groups' lag.
            boolean administers = service.name().equals(Platform.DEAD_LETTER_ADMINISTRATOR);
            Set<String> platformDeadLetters =
                    Platform.CONTRACT_TOPICS.stream().map(t -> t + ".dlt").collect(Collectors.toSet());

            assertThat(topicsWith(acls, "Write"))
                    .as(service.name() + " writes")
                    .containsExactlyInAnyOrderElementsOf(union(
                            union(service.publishes(), deadLetters),
                            administers ? Set.copyOf(Platform.CONTRACT_TOPICS) : Set.of()));
            assertThat(topicsWith(acls, "Read"))
                    .as(service.name() + " reads")
                    .containsExactlyInAnyOrderElementsOf(
                            union(service.consumes(), administers ? platformDeadLetters : Set.of()));
            assertThat(acls)
                    .filteredOn(acl -> acl.resourceType().equals("topic")
                            && acl.patternType().equals("literal"))
                    .allSatisfy(acl -> assertThat(Set.copyOf(acl.operations())).isIn(READ, WRITE, READ_WRITE));
            assertThat(prefixedTopics(acls))
                    .as(service.name() + "'s prefixed topic ACLs: the departments' dead letters, read by reporting")
                    .isEqualTo(
                            administers
                                    ? Platform.CONTRACT_TOPICS.stream()
                                            .collect(Collectors.toMap(t -> t + ".dept-", t -> READ))
                                    : Map.of());
            assertThat(acls)
                    .filteredOn(acl -> acl.resourceType().equals("group"))
                    .allSatisfy(acl -> {
                        if (administers && acl.resourceName().equals("dept-")) {
                            assertThat(acl.operations())
                                    .as("the departments' groups: their lag")
                                    .containsExactly("Describe");
                            return;
                        }
                        assertThat(acl.resourceName())
                                .as("its groups are named after it")
                                .isEqualTo(service.name());
                        assertThat(acl.operations()).containsExactly("Read");
                    });
            assertThat(acls)
                    .as(service.name() + " reads in a group")
                    .anyMatch(acl -> acl.resourceType().equals("group")
                            || service.consumes().isEmpty());
            assertThat(acls)
                    .extracting(Acl::resourceType)
                    .allMatch(type -> type.equals("topic") || type.equals("group"));
        }
    }

    @Test
    void everyTopicAServiceListensToInItsCodeIsOneItIsAllowedToRead() {
        for (Platform.Service service : Platform.contextServices()) {
            assertThat(service.consumes())
                    .as(service.name() + "'s @KafkaListener topics")
                    .containsAll(Platform.listenedTopics(service.name()));
        }
        assertThat(Platform.listenedTopics("enterprise-service")).containsExactly("sti.talent.v1");
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void aDepartmentReadsExactlyTheTopicsItSubscribesToInItsOwnGroupsAndWritesNothingElse(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        List<GenericKubernetesResource> departments = manifests.custom("KafkaUser").stream()
                .filter(user -> "department-system"
                        .equals(user.getMetadata().getLabels().get("app.kubernetes.io/component")))
                .toList();

        assertThat(departments)
                .extracting(user -> user.getMetadata().getName())
                .contains("dept-finance", "dept-statistics", "dept-industry-it")
                .anyMatch(name -> name.startsWith("dept-district-"));
        for (GenericKubernetesResource department : departments) {
            String name = department.getMetadata().getName();
            Map<String, String> annotations = department.getMetadata().getAnnotations();
            List<Acl> acls = KafkaCluster.acls(department);

            assertThat(topicsWith(acls, "Read"))
                    .as(name + " reads what sti.wuhu.cn/subscribes says")
                    .containsExactlyInAnyOrderElementsOf(list(annotations.get("sti.wuhu.cn/subscribes")));
            assertThat(topicsWith(acls, "Write"))
                    .as(name + " writes what sti.wuhu.cn/publishes says, and only the statistics bureau does")
                    .containsExactlyInAnyOrderElementsOf(list(annotations.get("sti.wuhu.cn/publishes")))
                    .isSubsetOf(name.equals("dept-statistics") ? Set.of("sti.statistics.v1") : Set.of());
            assertThat(topicsWith(acls, "Read")).isSubsetOf(Platform.CONTRACT_TOPICS);
            assertThat(prefixedTopics(acls))
                    .as(name + " writes the dead letters of its own groups of what it reads, and nothing more")
                    .isEqualTo(list(annotations.get("sti.wuhu.cn/subscribes")).stream()
                            .collect(Collectors.toMap(t -> t + "." + name, t -> WRITE)));
            assertThat(acls)
                    .filteredOn(acl -> acl.resourceType().equals("group"))
                    .singleElement()
                    .satisfies(acl -> {
                        assertThat(acl.resourceName()).isEqualTo(name);
                        assertThat(acl.operations()).containsExactly("Read");
                    });
            assertThat(acls)
                    .extracting(Acl::resourceType)
                    .allMatch(type -> type.equals("topic") || type.equals("group"));
        }
        Set<String> departmentsWrite = departments.stream()
                .flatMap(department -> prefixedTopics(KafkaCluster.acls(department)).keySet().stream())
                .collect(Collectors.toSet());
        assertThat(topics(manifests).keySet())
                .filteredOn(KafkaTest::isDepartmentDeadLetterTopic)
                .allSatisfy(topic -> assertThat(departmentsWrite)
                        .as("a department may write the dead-letter topic " + topic)
                        .anyMatch(topic::startsWith));
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void everyUserAuthenticatesWithScramAndNamesOnlyTopicsThatExistWithoutWildcards(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        Set<String> topics = topics(manifests).keySet();

        assertThat(manifests.custom("KafkaUser")).allSatisfy(user -> {
            assertThat(user.getMetadata().getLabels())
                    .containsEntry("strimzi.io/cluster", KafkaCluster.name(manifests));
            assertThat(user.<String>get("spec", "authentication", "type")).isEqualTo("scram-sha-512");
            assertThat(user.<String>get("spec", "authorization", "type")).isEqualTo("simple");
            assertThat(KafkaCluster.acls(user)).allSatisfy(acl -> {
                assertThat(acl.resourceName()).doesNotContain("*");
                assertThat(acl.operations()).doesNotContain("All", "Create", "Delete", "Alter", "AlterConfigs");
                if (acl.resourceType().equals("topic") && acl.patternType().equals("literal")) {
                    assertThat(topics).contains(acl.resourceName());
                } else if (acl.resourceType().equals("topic")) {
                    assertThat(acl.patternType()).isEqualTo("prefix");
                    assertThat(Platform.CONTRACT_TOPICS)
                            .as("a prefix is a contract topic's name and a department's")
                            .anyMatch(topic -> acl.resourceName().startsWith(topic + ".dept-"));
                }
            });
        });
    }

    private static GenericKubernetesResource user(Manifests manifests, String name) {
        return manifests.custom("KafkaUser").stream()
                .filter(user -> user.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(manifests + ": no KafkaUser " + name));
    }

    private static Map<String, GenericKubernetesResource> topics(Manifests manifests) {
        return manifests.custom("KafkaTopic").stream()
                .collect(Collectors.toMap(KafkaCluster::topicName, topic -> topic));
    }

    private static List<String> contractAndDeadLetterTopics() {
        return Platform.CONTRACT_TOPICS.stream()
                .flatMap(t -> Stream.of(t, t + ".dlt"))
                .toList();
    }

    /** A dead-letter topic of a department's consumer group: {@code <contract topic>.dept-<…>.dlt}. */
    private static boolean isDepartmentDeadLetterTopic(String name) {
        return name.endsWith(".dlt")
                && Platform.CONTRACT_TOPICS.stream().anyMatch(topic -> name.startsWith(topic + ".dept-"));
    }

    /** The topics named by a prefix, with the operations allowed on them. */
    private static Map<String, Set<String>> prefixedTopics(List<Acl> acls) {
        return acls.stream()
                .filter(acl ->
                        acl.resourceType().equals("topic") && acl.patternType().equals("prefix"))
                .collect(Collectors.toMap(Acl::resourceName, acl -> Set.copyOf(acl.operations())));
    }

    /** The topics named literally that the operation is allowed on. */
    private static Set<String> topicsWith(List<Acl> acls, String operation) {
        return acls.stream()
                .filter(acl -> acl.resourceType().equals("topic")
                        && acl.patternType().equals("literal")
                        && acl.operations().contains(operation))
                .map(Acl::resourceName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
