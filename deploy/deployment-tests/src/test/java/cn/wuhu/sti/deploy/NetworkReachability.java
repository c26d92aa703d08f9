package cn.wuhu.sti.deploy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * Decides, the way the Kubernetes NetworkPolicy API defines it, whether a connection from one endpoint to another
 * on a port is allowed by a set of policies: the source's egress policies and the destination's ingress policies
 * must both let it through, and a pod no policy of a direction selects is open in that direction. An endpoint is a
 * pod (namespace, labels) or an address outside the cluster; {@code ipBlock} peers match only the latter (what they
 * do for pod addresses depends on the network plugin). Selectors with {@code matchExpressions} and named or ranged
 * ports are refused rather than guessed at: the platform's policies use neither.
 */
final class NetworkReachability {

    /** A pod, or with {@code address} set, a host outside the cluster. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String address) {

        static Endpoint pod(String name, String namespace, Map<String, String> labels) {
            return new Endpoint(name, namespace, labels, null);
        }

        static Endpoint outside(String name, String address) {
            return new Endpoint(name, null, Map.of(), address);
        }

        boolean inCluster() {
            return address == null;
        }

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkReachability(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    boolean allows(Endpoint from, Endpoint to, int port) {
        return allows(from, to, port, "TCP");
    }

    private boolean ingressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        List<NetworkPolicy> isolating = applying(to, "Ingress");
        return isolating.isEmpty()
                || isolating.stream()
                        .flatMap(p -> p.getSpec().getIngress().stream())
                        .anyMatch(rule -> peersMatch(rule.getFrom(), from, namespaceOf(to))
                                && portsMatch(rule.getPorts(), port, protocol));
    }

    private boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        List<NetworkPolicy> isolating = applying(from, "Egress");
        return isolating.isEmpty()
                || isolating.stream()
                        .flatMap(p -> p.getSpec().getEgress().stream())
                        .anyMatch(rule -> peersMatch(rule.getTo(), to, namespaceOf(from))
                                && portsMatch(rule.getPorts(), port, protocol));
    }

    /** The policies that select the endpoint and isolate it in the direction given. */
    private List<NetworkPolicy> applying(Endpoint endpoint, String direction) {
        if (!endpoint.inCluster()) {
            return List.of();
        }
        return policies.stream()
                .filter(p -> p.getMetadata().getNamespace().equals(endpoint.namespace()))
                .filter(p -> selects(p.getSpec().getPodSelector(), endpoint.labels()))
                .filter(p -> policyTypes(p).contains(direction))
                .toList();
    }

    private static List<String> policyTypes(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        return policy.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private static String namespaceOf(Endpoint endpoint) {
        return endpoint.namespace();
    }

    /** An empty or missing peer list matches everyone. */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Endpoint other, String policyNamespace) {
        return peers == null
                || peers.isEmpty()
                || peers.stream().anyMatch(peer -> peerMatches(peer, other, policyNamespace));
    }

    private static boolean peerMatches(NetworkPolicyPeer peer, Endpoint other, String policyNamespace) {
        if (peer.getIpBlock() != null) {
            return !other.inCluster() && inBlock(peer.getIpBlock(), other.address());
        }
        if (!other.inCluster()) {
            return false;
        }
        boolean namespaceMatches = peer.getNamespaceSelector() == null
                ? other.namespace().equals(policyNamespace)
                : selects(peer.getNamespaceSelector(), other.namespaceLabels());
        boolean podMatches = peer.getPodSelector() == null || selects(peer.getPodSelector(), other.labels());
        return namespaceMatches && podMatches;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, int port, String protocol) {
        return ports == null
                || ports.isEmpty()
                || ports.stream().anyMatch(p -> {
                    if (p.getEndPort() != null) {
                        throw new IllegalArgumentException("Port ranges are not evaluated: " + p);
                    }
                    String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
                    return ruleProtocol.equals(protocol) && (p.getPort() == null || number(p.getPort()) == port);
                });
    }

    private static int number(IntOrString port) {
        if (port.getIntVal() == null) {
            throw new IllegalArgumentException("Named ports are not evaluated: " + port.getStrVal());
        }
        return port.getIntVal();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchExpressions() != null
                && !selector.getMatchExpressions().isEmpty()) {
            throw new IllegalArgumentException("matchExpressions are not evaluated: " + selector);
        }
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static boolean inBlock(IPBlock block, String address) {
        boolean excluded =
                block.getExcept() != null && block.getExcept().stream().anyMatch(cidr -> inCidr(cidr, address));
        return inCidr(block.getCidr(), address) && !excluded;
    }

    private static boolean inCidr(String cidr, String address) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long network = ipv4(parts[0]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(address) & mask) == (network & mask);
    }

    private static long ipv4(String address) {
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            long value = 0;
            for (byte b : bytes) {
                value = (value << 8) | (b & 0xFF);
            }
            return value;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
