package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MongoDB through the Community operator: a replica set, one user per service on its own database only. */
class MongoDbTest {

    @Test
    void prodRunsAReplicaSetOfThreeMembers() {
        GenericKubernetesResource replicaSet = Mongo.replicaSet(Kustomize.render(Kustomize.PROD));

        assertThat(replicaSet.<String>get("spec", "type")).isEqualTo("ReplicaSet");
        assertThat(replicaSet.<Integer>get("spec", "members")).isEqualTo(3);
        assertThat(replicaSet.<List<String>>get("spec", "security", "authentication", "modes"))
                .containsExactly("SCRAM");
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void everyConnectionStringCarriesTheMajorityWriteConcernOfTheDurabilityWork(String overlay) {
        Map<String, Object> options =
                Mongo.replicaSet(Kustomize.render(overlay)).get("spec", "additionalConnectionStringConfig");

        assertThat(options)
                .containsEntry("w", "majority")
                .containsEntry("journal", true)
                .containsEntry("readConcernLevel", "majority");
        assertThat(Mongo.users(Kustomize.render(overlay)))
                .allSatisfy(user -> assertThat(user).doesNotContainKey("additionalConnectionStringConfig"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void eachServiceHasAUserThatMayReadAndWriteItsOwnDatabaseAndNoOther(String overlay) {
        Manifests manifests = Kustomize.render(overlay);

        for (Platform.Service service : Platform.contextServices()) {
            assertThat(Platform.configuredDatabase(service.name()))
                    .as("the launcher and " + service.name() + ".yml name the same database")
                    .isEqualTo(service.database());
            Map<String, Object> user = Mongo.user(manifests, service.name());

            assertThat(user.get("db"))
                    .as("authenticates against its own database")
                    .isEqualTo(service.database());
            assertThat(user.get("roles")).isEqualTo(List.of(Map.of("name", "readWrite", "db", service.database())));
            assertThat(user).containsKeys("scramCredentialsSecretName", "connectionStringSecretName");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void besideTheServicesOnlyTheBackupAndTheAdministratorHaveUsersAndTheyAuthenticateOnAdmin(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        List<String> serviceNames =
                Platform.contextServices().stream().map(Platform.Service::name).toList();
        Map<String, List<String>> allowedRoles =
                Map.of("sti-backup", List.of("backup", "restore"), "sti-admin", List.of("root"));

        for (Map<String, Object> user : Mongo.users(manifests)) {
            String name = (String) user.get("name");
            if (serviceNames.contains(name)) {
                continue;
            }
            assertThat(allowedRoles).as("MongoDB users").containsKey(name);
            assertThat(user.get("db")).as(name).isEqualTo("admin");
            for (Object role : (List<?>) user.get("roles")) {
                assertThat(((Map<?, ?>) role).get("db")).as(name).isEqualTo("admin");
                assertThat(allowedRoles.get(name)).as(name).contains((String) ((Map<?, ?>) role).get("name"));
            }
        }
    }
}
