package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** The parser the manifest tests rely on refuses what the Kubernetes API would refuse or silently drop. */
class StrictModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: talent-service
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app.kubernetes.io/name: talent-service
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: talent-service
                spec:
                  containers:
                    - name: app
                      image: sti/talent-service:0.1.0
                      %s:
                        httpGet:
                          path: /actuator/health/liveness
                          port: http
            """;

    @Test
    void aWellFormedDeploymentParsesIntoTheTypedModel() {
        var parsed = parse(DEPLOYMENT.formatted("livenessProbe"));

        assertThat(parsed).isInstanceOf(Deployment.class);
        assertThat(((Deployment) parsed)
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getLivenessProbe())
                .isNotNull();
    }

    @Test
    void aMisspeltFieldDeepInsideIsRefusedWithItsPath() {
        assertThatThrownBy(() -> parse(DEPLOYMENT.formatted("livenesProbe")))
                .hasMessageContaining("Deployment talent-service has fields the Kubernetes model does not know")
                .hasMessageContaining("spec.template.spec.containers[0].livenesProbe");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> parse(DEPLOYMENT.formatted("livenessProbe").replace("replicas: 2", "replicas: two")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Deployment talent-service");
    }

    @Test
    void aKindTheModelDoesNotKnowIsRefusedUnlessItIsOneOfThePlatformsCustomResources() {
        String strimziTopic = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: sti-talent-v1
                spec:
                  replicas: 3
                """;

        assertThat(parse(strimziTopic)).isInstanceOf(GenericKubernetesResource.class);
        assertThatThrownBy(() -> parse(strimziTopic.replace("kafka.strimzi.io", "kafka.example.org")))
                .hasMessageContaining("no kind the Kubernetes model knows");
    }

    private static Object parse(String yaml) {
        return StrictModel.parse(Repository.yamlDocument(yaml), Manifests.CUSTOM_GROUPS);
    }
}
