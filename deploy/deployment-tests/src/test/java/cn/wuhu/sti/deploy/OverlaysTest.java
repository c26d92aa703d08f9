package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each overlay renders, every object fits the Kubernetes model, and no secret is written into a manifest. */
class OverlaysTest {

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|secret|jaas|token|credential|private).*");
    private static final Pattern CREDENTIALS_IN_URI = Pattern.compile("[a-z+]+://[^/@\\s]+:[^/@\\s]+@");

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void everyObjectParsesAndLivesInTheOverlaysNamespace(String overlay) {
        Manifests manifests = Kustomize.render(overlay);

        String namespace = manifests.all(Namespace.class).get(0).getMetadata().getName();
        assertThat(manifests.all(Namespace.class)).hasSize(1);
        assertThat(manifests.all())
                .filteredOn(object -> !(object instanceof Namespace))
                .allSatisfy(object -> assertThat(object.getMetadata().getNamespace())
                        .as(describe(object))
                        .isEqualTo(namespace));
        assertThat(manifests.all(Deployment.class))
                .hasSize(Platform.allServiceNames().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void noSecretIsWrittenIntoAManifest(String overlay) {
        Manifests manifests = Kustomize.render(overlay);

        assertThat(manifests.all(Secret.class))
                .as("Secrets come from the operators or an administrator")
                .isEmpty();
        for (ConfigMap map : manifests.all(ConfigMap.class)) {
            map.getData().forEach((key, value) -> {
                assertThat(key).as(map.getMetadata().getName()).doesNotMatch(SECRET_NAME);
                assertThat(value).as(map.getMetadata().getName() + " " + key).doesNotContainPattern(CREDENTIALS_IN_URI);
            });
        }
        for (Deployment deployment : manifests.all(Deployment.class)) {
            deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                    .flatMap(container -> container.getEnv().stream())
                    .filter(variable -> variable.getValue() != null)
                    .forEach(variable -> {
                        assertThat(variable.getName()).as(describe(deployment)).doesNotMatch(SECRET_NAME);
                        assertThat(variable.getValue()).doesNotContainPattern(CREDENTIALS_IN_URI);
                    });
        }
        for (var user : manifests
                .custom("MongoDBCommunity")
                .get(0)
                .<java.util.List<java.util.Map<String, Object>>>get("spec", "users")) {
            assertThat(user).as("MongoDB user " + user.get("name")).doesNotContainKey("password");
            assertThat(user).containsKey("passwordSecretRef");
        }
        for (var user : manifests.custom("KafkaUser")) {
            assertThat(user.<Object>get("spec", "authentication", "password"))
                    .as("KafkaUser " + user.getMetadata().getName() + ": Strimzi generates the password")
                    .isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void everySecretAnAdministratorMustCreateIsListedInTheOperationsGuide(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        String guide = Repository.read("docs/operations.md");
        List<String> created = new ArrayList<>();
        Mongo.users(manifests)
                .forEach(user -> created.add((String) ((Map<?, ?>) user.get("passwordSecretRef")).get("name")));
        manifests
                .all(Ingress.class)
                .forEach(ingress -> ingress.getSpec().getTls().forEach(tls -> created.add(tls.getSecretName())));

        assertThat(created).isNotEmpty().allSatisfy(secret -> assertThat(guide).contains("`" + secret + "`"));
    }

    private static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
