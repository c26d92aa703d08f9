package cn.wuhu.sti.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/** Reads the Strimzi resources of a rendering: the Kafka, its node pools, topics and users. */
final class KafkaCluster {

    private KafkaCluster() {}

    static GenericKubernetesResource kafka(Manifests manifests) {
        return manifests.customOne("Kafka");
    }

    static String name(Manifests manifests) {
        return kafka(manifests).getMetadata().getName();
    }

    /** The internal TLS listener the services use, as Strimzi names its bootstrap service. */
    static String bootstrapOfTlsListener(Manifests manifests) {
        Map<String, Object> listener = tlsListener(manifests);
        return name(manifests) + "-kafka-bootstrap:" + listener.get("port");
    }

    static Map<String, Object> tlsListener(Manifests manifests) {
        return listeners(manifests).stream()
                .filter(l -> "internal".equals(l.get("type")) && Boolean.TRUE.equals(l.get("tls")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(manifests + ": the Kafka has no internal TLS listener"));
    }

    static List<Map<String, Object>> listeners(Manifests manifests) {
        return kafka(manifests).get("spec", "kafka", "listeners");
    }

    /** Nodes with the broker role, over every node pool of the cluster. */
    static int brokers(Manifests manifests) {
        return nodePools(manifests).stream()
                .filter(pool -> pool.<List<String>>get("spec", "roles").contains("broker"))
                .mapToInt(pool -> pool.<Integer>get("spec", "replicas"))
                .sum();
    }

    static int controllers(Manifests manifests) {
        return nodePools(manifests).stream()
                .filter(pool -> pool.<List<String>>get("spec", "roles").contains("controller"))
                .mapToInt(pool -> pool.<Integer>get("spec", "replicas"))
                .sum();
    }

    static List<GenericKubernetesResource> nodePools(Manifests manifests) {
        return manifests.custom("KafkaNodePool");
    }

    static String topicName(GenericKubernetesResource topic) {
        String name = topic.get("spec", "topicName");
        return name != null ? name : topic.getMetadata().getName();
    }

    /** An ACL of a KafkaUser, flattened. */
    record Acl(String resourceType, String resourceName, String patternType, List<String> operations, String host) {

        @SuppressWarnings("unchecked")
        static Acl of(Map<String, Object> acl) {
            var resource = (Map<String, Object>) acl.get("resource");
            return new Acl(
                    (String) resource.get("type"),
                    (String) resource.get("name"),
                    (String) resource.getOrDefault("patternType", "literal"),
                    (List<String>) acl.get("operations"),
                    (String) acl.getOrDefault("host", "*"));
        }
    }

    static List<Acl> acls(GenericKubernetesResource user) {
        List<Map<String, Object>> acls = user.get("spec", "authorization", "acls");
        return acls == null ? List.of() : acls.stream().map(Acl::of).toList();
    }
}
