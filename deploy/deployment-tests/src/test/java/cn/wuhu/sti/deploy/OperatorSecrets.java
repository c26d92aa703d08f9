package cn.wuhu.sti.deploy;

import java.util.HashSet;
import java.util.Set;

/**
 * The Secrets the operators write for resources of a rendering, which a Deployment may read: one per KafkaUser (its
 * SCRAM password and {@code sasl.jaas.config}), the Kafka cluster's CA certificate, and one connection string per
 * MongoDB user.
 */
final class OperatorSecrets {

    private OperatorSecrets() {}

    static Set<String> of(Manifests manifests) {
        Set<String> names = new HashSet<>();
        manifests
                .custom("KafkaUser")
                .forEach(user -> names.add(user.getMetadata().getName()));
        names.add(KafkaCluster.name(manifests) + "-cluster-ca-cert");
        Mongo.users(manifests).forEach(user -> names.add((String) user.get("connectionStringSecretName")));
        return names;
    }
}
