package cn.wuhu.sti.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Optional;

/** The objects of one rendered overlay, each parsed by {@link StrictModel}. */
final class Manifests {

    /** The custom resources the platform uses: Strimzi's, the MongoDB Community operator's, Prometheus Operator's. */
    static final List<String> CUSTOM_GROUPS =
            List.of("kafka.strimzi.io", "mongodbcommunity.mongodb.com", "monitoring.coreos.com");

    private final String overlay;
    private final List<HasMetadata> objects;

    private Manifests(String overlay, List<HasMetadata> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static Manifests parse(String overlay, String rendered) {
        return new Manifests(
                overlay,
                Repository.yamlDocuments(rendered).stream()
                        .map(document -> StrictModel.parse(document, CUSTOM_GROUPS))
                        .toList());
    }

    String overlay() {
        return overlay;
    }

    boolean isProd() {
        return overlay.equals(Kustomize.PROD);
    }

    List<HasMetadata> all() {
        return objects;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst();
    }

    Deployment deployment(String name) {
        return find(Deployment.class, name)
                .orElseThrow(() -> new AssertionError(overlay + " has no Deployment " + name));
    }

    /** A ConfigMap by the name it has in the base, before Kustomize appends its hash. */
    Optional<ConfigMap> generatedConfigMap(String baseName) {
        return all(ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().matches(baseName + "-[a-z0-9]{10}"))
                .findFirst();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind))
                .toList();
    }

    GenericKubernetesResource customOne(String kind) {
        List<GenericKubernetesResource> found = custom(kind);
        if (found.size() != 1) {
            throw new AssertionError(overlay + ": expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    @Override
    public String toString() {
        return overlay;
    }
}
