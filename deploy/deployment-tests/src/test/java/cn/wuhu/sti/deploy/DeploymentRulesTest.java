package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every Deployment of every overlay keeps: one per service of the launcher, and the gateway. */
class DeploymentRulesTest {

    static Stream<Arguments> deployments() {
        return Stream.of(Kustomize.DEV, Kustomize.PROD)
                .flatMap(overlay -> Platform.allServiceNames().stream().map(name -> Arguments.of(overlay, name)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("deployments")
    void runsItsOwnImageOnItsContractPortUnderItsOwnConfigName(String overlay, String name) {
        Manifests manifests = Kustomize.render(overlay);
        Container app = app(manifests.deployment(name));

        assertThat(app.getImage()).matches("([a-z0-9.-]+(:\\d+)?/)?sti/" + name + ":[\\w.-]+");
        assertThat(app.getImage()).doesNotEndWith(":latest");
        if (manifests.isProd()) {
            assertThat(app.getImage()).as("a registry the cluster pulls from").contains("/sti/");
        }
        int port = Platform.portOf(name);
        assertThat(app.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getContainerPort()).isEqualTo(port);
        });
        assertThat(env(app)).containsEntry("SPRING_CONFIG_NAME", name);
        Service service = manifests.find(Service.class, name).orElseThrow();
        assertThat(service.getSpec().getType()).isIn(null, "ClusterIP");
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(port);
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
        });
        assertThat(service.getSpec().getSelector())
                .isEqualTo(manifests.deployment(name).getSpec().getSelector().getMatchLabels());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("deployments")
    void isProbedOnTheActuatorLivenessAndReadinessGroups(String overlay, String name) {
        Container app = app(Kustomize.render(overlay).deployment(name));

        assertHttpProbe(app.getLivenessProbe(), "/actuator/health/liveness");
        assertHttpProbe(app.getReadinessProbe(), "/actuator/health/readiness");
        assertHttpProbe(app.getStartupProbe(), "/actuator/health/liveness");
        // The readiness group pings Mongo, which may take the 2 s server selection timeout to answer DOWN.
        assertThat(app.getReadinessProbe().getTimeoutSeconds()).isGreaterThanOrEqualTo(3);
        assertThat(app.getLivenessProbe().getTimeoutSeconds()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("deployments")
    void requestsAndLimitsItsResources(String overlay, String name) {
        var resources = app(Kustomize.render(overlay).deployment(name)).getResources();

        assertThat(resources.getRequests()).containsKeys("cpu", "memory");
        assertThat(resources.getLimits()).containsKey("memory");
        assertThat(Quantity.getAmountInBytes(resources.getLimits().get("memory")))
                .isGreaterThanOrEqualTo(
                        Quantity.getAmountInBytes(resources.getRequests().get("memory")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("deployments")
    void runsAsTheImagesUserWithoutPrivilegesOnAReadOnlyRootWithAWritableTmp(String overlay, String name) {
        Deployment deployment = Kustomize.render(overlay).deployment(name);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container app = app(deployment);

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser())
                .isEqualTo(Dockerfile.read().runtimeUserId());
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(app.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        String tmpVolume = app.getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals("/tmp"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " mounts nothing on /tmp"))
                .getName();
        assertThat(pod.getVolumes())
                .filteredOn(v -> v.getName().equals(tmpVolume))
                .singleElement()
                .satisfies(volume -> assertThat(volume.getEmptyDir()).isNotNull());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("deployments")
    void stopsGracefullyWithinTheTerminationGracePeriod(String overlay, String name) {
        Manifests manifests = Kustomize.render(overlay);
        Deployment deployment = manifests.deployment(name);
        Container app = app(deployment);

        List<String> preStop = app.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        long preStopSeconds = Long.parseLong(preStop.get(1));
        // Spring's default for each shutdown phase is 30 s; the ConfigMap may say otherwise.
        Duration shutdownPhase = Duration.parse("PT"
                + configuration(manifests, app)
                        .getOrDefault("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "30s")
                        .toUpperCase());
        long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();

        assertThat(grace)
                .as(
                        "preStop %d s + shutdown phase %s + room for the outbox relay to give its lease up",
                        preStopSeconds, shutdownPhase)
                .isGreaterThanOrEqualTo(preStopSeconds + shutdownPhase.toSeconds() + 10);
        assertThat(deployment
                        .getSpec()
                        .getStrategy()
                        .getRollingUpdate()
                        .getMaxUnavailable()
                        .getIntVal())
                .as("a rolling update keeps every ready replica until its successor is ready")
                .isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("deployments")
    void takesItsConfigurationFromConfigMapsAndItsSecretsFromWhatTheOperatorsWrite(String overlay, String name) {
        Manifests manifests = Kustomize.render(overlay);
        Deployment deployment = manifests.deployment(name);
        Container app = app(deployment);

        for (EnvFromSource source : app.getEnvFrom()) {
            assertThat(source.getConfigMapRef())
                    .as("envFrom only from ConfigMaps")
                    .isNotNull();
            assertThat(manifests.find(ConfigMap.class, source.getConfigMapRef().getName()))
                    .isPresent();
        }
        Set<String> operatorSecrets = new java.util.HashSet<>(OperatorSecrets.of(manifests));
        // The one Secret an administrator hands a Deployment: the dashboard's client secret at the identity provider.
        operatorSecrets.add("sti-dashboard-client");
        app.getEnv().stream()
                .filter(variable -> variable.getValueFrom() != null)
                .forEach(variable -> {
                    assertThat(variable.getValueFrom().getSecretKeyRef())
                            .as(variable.getName())
                            .isNotNull();
                    assertThat(operatorSecrets)
                            .contains(variable.getValueFrom().getSecretKeyRef().getName());
                });
        deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .map(Volume::getSecret)
                .filter(java.util.Objects::nonNull)
                .forEach(secret -> assertThat(operatorSecrets).contains(secret.getSecretName()));
        assertThat(configuration(manifests, app)).containsKeys("STI_SECURITY_ISSUER", "STI_SECURITY_JWK_SET_URI");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("deployments")
    void reachesKafkaAndMongoOnlyIfItIsAContextServiceAndThenWithItsOwnUsers(String overlay, String name) {
        Manifests manifests = Kustomize.render(overlay);
        Deployment deployment = manifests.deployment(name);
        Map<String, String> labels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        Container app = app(deployment);
        boolean contextService = !name.equals(Platform.GATEWAY);

        assertThat(labels.get("sti.wuhu.cn/kafka-client")).isEqualTo(contextService ? "true" : null);
        assertThat(labels.get("sti.wuhu.cn/mongo-client")).isEqualTo(contextService ? "true" : null);
        Map<String, String> secretOf = new HashMap<>();
        app.getEnv().stream()
                .filter(variable -> variable.getValueFrom() != null)
                .forEach(v -> secretOf.put(
                        v.getName(), v.getValueFrom().getSecretKeyRef().getName()));
        if (!contextService) {
            // The gateway reads no store or broker secret; in prod only the dashboard's client secret.
            assertThat(secretOf).doesNotContainKeys("SPRING_MONGODB_URI", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
            assertThat(secretOf.values()).allMatch("sti-dashboard-client"::equals);
            assertThat(configuration(manifests, app)).doesNotContainKey("SPRING_KAFKA_BOOTSTRAP_SERVERS");
            return;
        }
        assertThat(secretOf)
                .containsEntry("SPRING_MONGODB_URI", Mongo.connectionStringSecretOf(manifests, name))
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", name);
        assertThat(manifests.custom("KafkaUser"))
                .anyMatch(user -> user.getMetadata().getName().equals(name));
        Map<String, String> kafka = configuration(manifests, app);
        assertThat(kafka)
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", KafkaCluster.bootstrapOfTlsListener(manifests))
                .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("STI_MESSAGING_CREATE_TOPICS", "false");
    }

    static Container app(Deployment deployment) {
        List<Container> containers =
                deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(deployment.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, String> env(Container container) {
        Map<String, String> values = new HashMap<>();
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                values.put(variable.getName(), variable.getValue());
            }
        }
        return values;
    }

    /** What the container's environment holds from its ConfigMaps, later ones winning, then its own values. */
    static Map<String, String> configuration(Manifests manifests, Container container) {
        Map<String, String> values = new HashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            manifests
                    .find(ConfigMap.class, source.getConfigMapRef().getName())
                    .ifPresent(map -> values.putAll(map.getData()));
        }
        values.putAll(env(container));
        return values;
    }

    private static void assertHttpProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }
}
