package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.deploy.NetworkReachability.Endpoint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * prod's NetworkPolicies, evaluated on the pods the platform runs: its Deployments' pod templates, the Kafka nodes and
 * entity operator as Strimzi labels them, the MongoDB members as the operator labels them, and the neighbours (the
 * ingress controller, cluster DNS, another tenant's pod, hosts on the internet).
 */
class NetworkPoliciesTest {

    private static final String INTERNET_HOST = "203.0.113.10";

    private static Manifests prod;
    private static NetworkReachability network;
    private static String namespace;
    private static int kafkaPort;

    @BeforeAll
    static void render() {
        prod = Kustomize.render(Kustomize.PROD);
        network = new NetworkReachability(prod.all(NetworkPolicy.class));
        namespace = prod.deployment(Platform.GATEWAY).getMetadata().getNamespace();
        kafkaPort = (Integer) KafkaCluster.tlsListener(prod).get("port");
    }

    @Test
    void everyPodIsDeniedBothWaysUnlessAPolicySaysOtherwise() {
        assertThat(prod.all(NetworkPolicy.class)).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).isEmpty();
            assertThat(policy.getSpec().getEgress()).isEmpty();
        });
    }

    @Test
    void fromOutsideOnlyTheIngressControllerReachesTheGatewayAndDepartmentSystemsKafkasExternalListener() {
        Endpoint ingressController =
                Endpoint.pod("ingress controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        Endpoint otherTenant = Endpoint.pod("another tenant's pod", "elsewhere", Map.of("app", "curious"));
        Endpoint internet = Endpoint.outside("a host on the internet", INTERNET_HOST);

        for (Endpoint target : ourPods()) {
            for (int port : interestingPorts()) {
                boolean gatewayPort = target.name().equals(Platform.GATEWAY) && port == Platform.GATEWAY_PORT;
                assertThat(network.allows(ingressController, target, port))
                        .as("ingress controller -> %s:%d", target, port)
                        .isEqualTo(gatewayPort);
                assertThat(network.allows(otherTenant, target, port))
                        .as("other tenant -> %s:%d", target, port)
                        .isFalse();
                boolean externalListener = target.equals(kafkaBroker()) && port == externalListenerPort();
                assertThat(network.allows(internet, target, port))
                        .as("internet -> %s:%d", target, port)
                        .isEqualTo(externalListener);
            }
        }
    }

    @Test
    void theGatewayReachesEveryServiceOnItsPortAndTheServicesReachNeitherTheGatewayNorEachOther() {
        Endpoint gateway = pod(Platform.GATEWAY);
        for (Platform.Service service : Platform.contextServices()) {
            Endpoint target = pod(service.name());
            assertThat(network.allows(gateway, target, service.port()))
                    .as("gateway -> " + service.name())
                    .isTrue();
            assertThat(network.allows(target, gateway, Platform.GATEWAY_PORT))
                    .as(service.name() + " -> gateway")
                    .isFalse();
            for (Platform.Service other : Platform.contextServices()) {
                if (!other.equals(service)) {
                    assertThat(network.allows(target, pod(other.name()), other.port()))
                            .as(service.name() + " -> " + other.name())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void onlyTheContextServicesReachKafkaAndMongoDb() {
        for (Endpoint from : ourPods()) {
            boolean contextService = Platform.contextServicesByName().containsKey(from.name());
            boolean kafkaPeer = contextService || from.equals(kafkaBroker()) || from.equals(entityOperator());
            assertThat(network.allows(from, kafkaBroker(), kafkaPort))
                    .as(from + " -> Kafka")
                    .isEqualTo(kafkaPeer);
            boolean mongoPeer = contextService || from.equals(mongoMember());
            assertThat(network.allows(from, mongoMember(), 27017))
                    .as(from + " -> MongoDB")
                    .isEqualTo(mongoPeer);
        }
    }

    @Test
    void kafkaNodesAndMongoMembersReplicateAmongThemselvesAndReachNothingOutside() {
        assertThat(network.allows(kafkaBroker(), kafkaBroker(), 9091))
                .as("Kafka replication")
                .isTrue();
        assertThat(network.allows(kafkaBroker(), kafkaBroker(), 9090))
                .as("KRaft controllers")
                .isTrue();
        assertThat(network.allows(mongoMember(), mongoMember(), 27017))
                .as("Mongo replication")
                .isTrue();
        Endpoint internet = Endpoint.outside("a host on the internet", INTERNET_HOST);
        for (int port : List.of(80, 443, 9092, 27017)) {
            assertThat(network.allows(kafkaBroker(), internet, port))
                    .as("Kafka -> internet:" + port)
                    .isFalse();
            assertThat(network.allows(mongoMember(), internet, port))
                    .as("Mongo -> internet:" + port)
                    .isFalse();
        }
    }

    @Test
    void everyPodResolvesNamesAndOnlyTheSpringServicesAndTheEntityOperatorGoOutAndOnlyOverHttps() {
        Endpoint dns = Endpoint.pod("cluster DNS", "kube-system", Map.of("k8s-app", "kube-dns"));
        Endpoint identityProvider = Endpoint.outside("identity provider", "198.51.100.7");
        for (Endpoint pod : ourPods()) {
            assertThat(network.allows(pod, dns, 53, "UDP")).as(pod + " -> DNS").isTrue();
            boolean springService = Platform.allServiceNames().contains(pod.name());
            assertThat(network.allows(pod, identityProvider, 443))
                    .as(pod + " -> identity provider")
                    .isEqualTo(springService || pod.equals(entityOperator()));
            assertThat(network.allows(pod, identityProvider, 80))
                    .as(pod + " -> :80")
                    .isFalse();
        }
    }

    @Test
    void theIngressSendsEverythingToTheGatewayAndNoServiceIsExposedOtherwise() {
        List<Ingress> ingresses = prod.all(Ingress.class);

        assertThat(ingresses).singleElement().satisfies(ingress -> {
            assertThat(ingress.getSpec().getTls()).isNotEmpty();
            assertThat(ingress.getSpec().getRules())
                    .flatMap(rule -> rule.getHttp().getPaths())
                    .allSatisfy(path ->
                            assertThat(path.getBackend().getService().getName()).isEqualTo(Platform.GATEWAY));
        });
        assertThat(prod.all(io.fabric8.kubernetes.api.model.Service.class))
                .allSatisfy(service -> assertThat(service.getSpec().getType()).isIn(null, "ClusterIP"));
    }

    @Test
    void prometheusInTheMonitoringNamespaceScrapesTheServicesAndTheGatewayAndReachesNothingElse() {
        Endpoint prometheus = Endpoint.pod("Prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
        Endpoint impostor = Endpoint.pod("another pod in monitoring", "monitoring", Map.of("app", "grafana"));

        for (String service : Platform.allServiceNames()) {
            assertThat(network.allows(prometheus, pod(service), Platform.portOf(service)))
                    .as("Prometheus -> %s's own port", service)
                    .isTrue();
        }
        for (Endpoint target : ourPods()) {
            for (int port : interestingPorts()) {
                // As from the gateway, a context service is open on the five service ports, its own among them.
                boolean open = target.name().equals(Platform.GATEWAY)
                        ? port == Platform.GATEWAY_PORT
                        : Platform.allServiceNames().contains(target.name()) && port > 8080 && port <= 8085;
                assertThat(network.allows(prometheus, target, port))
                        .as("Prometheus -> %s:%d", target, port)
                        .isEqualTo(open);
                assertThat(network.allows(impostor, target, port))
                        .as("grafana -> %s:%d", target, port)
                        .isFalse();
            }
        }
    }

    private static List<Endpoint> ourPods() {
        List<Endpoint> pods = new ArrayList<>();
        Platform.allServiceNames().forEach(name -> pods.add(pod(name)));
        pods.add(kafkaBroker());
        pods.add(entityOperator());
        pods.add(mongoMember());
        return pods;
    }

    private static List<Integer> interestingPorts() {
        List<Integer> ports =
                new ArrayList<>(IntStream.rangeClosed(8080, 8085).boxed().toList());
        ports.addAll(List.of(kafkaPort, externalListenerPort(), 9090, 9091, 27017));
        return ports;
    }

    private static int externalListenerPort() {
        return KafkaCluster.listeners(prod).stream()
                .filter(listener -> "external".equals(listener.get("name")))
                .map(listener -> (Integer) listener.get("port"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("prod has no external Kafka listener for the departments"));
    }

    private static Endpoint pod(String deployment) {
        Deployment d = prod.deployment(deployment);
        return Endpoint.pod(
                deployment, namespace, d.getSpec().getTemplate().getMetadata().getLabels());
    }

    /** The labels Strimzi puts on a node of the pool (broker and controller). */
    private static Endpoint kafkaBroker() {
        String cluster = KafkaCluster.name(prod);
        return Endpoint.pod(
                "Kafka node",
                namespace,
                Map.of(
                        "strimzi.io/cluster",
                        cluster,
                        "strimzi.io/kind",
                        "Kafka",
                        "strimzi.io/name",
                        cluster + "-kafka",
                        "strimzi.io/pool-name",
                        KafkaCluster.nodePools(prod).get(0).getMetadata().getName(),
                        "strimzi.io/broker-role",
                        "true",
                        "strimzi.io/controller-role",
                        "true"));
    }

    private static Endpoint entityOperator() {
        String cluster = KafkaCluster.name(prod);
        return Endpoint.pod(
                "Kafka entity operator",
                namespace,
                Map.of(
                        "strimzi.io/cluster",
                        cluster,
                        "strimzi.io/kind",
                        "Kafka",
                        "strimzi.io/name",
                        cluster + "-entity-operator"));
    }

    /** The MongoDB Community operator labels the members app: <resource name>-svc. */
    private static Endpoint mongoMember() {
        return Endpoint.pod(
                "MongoDB member",
                namespace,
                Map.of("app", Mongo.replicaSet(prod).getMetadata().getName() + "-svc"));
    }
}
