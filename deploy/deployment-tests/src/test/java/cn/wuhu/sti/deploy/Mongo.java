package cn.wuhu.sti.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/** Reads the MongoDBCommunity resource of a rendering. */
final class Mongo {

    private Mongo() {}

    static GenericKubernetesResource replicaSet(Manifests manifests) {
        return manifests.customOne("MongoDBCommunity");
    }

    static List<Map<String, Object>> users(Manifests manifests) {
        return replicaSet(manifests).get("spec", "users");
    }

    static Map<String, Object> user(Manifests manifests, String name) {
        return users(manifests).stream()
                .filter(user -> name.equals(user.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(manifests + ": no MongoDB user " + name));
    }

    /** The Secret the operator writes the user's connection string into. */
    static String connectionStringSecretOf(Manifests manifests, String user) {
        Object name = user(manifests, user).get("connectionStringSecretName");
        if (name == null) {
            throw new AssertionError("MongoDB user " + user + " names no connectionStringSecretName");
        }
        return (String) name;
    }
}
