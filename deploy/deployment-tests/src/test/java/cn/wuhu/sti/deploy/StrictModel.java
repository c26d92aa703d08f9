package cn.wuhu.sti.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a YAML document into fabric8's typed Kubernetes model and refuses anything the model does not know. fabric8
 * keeps unknown fields (and values of the wrong type) in each object's {@code additionalProperties} rather than
 * failing, so after the conversion every object of the tree is walked and any such field is an error naming its path:
 * a misspelt {@code livenesProbe} or a {@code replicas: two} cannot pass. Kinds of the custom resources (Strimzi,
 * MongoDB) have no model here; they are accepted only as {@link GenericKubernetesResource} and checked field by field
 * by the tests.
 */
final class StrictModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private StrictModel() {}

    static HasMetadata parse(Map<String, Object> document, List<String> customGroups) {
        String apiVersion = String.valueOf(document.get("apiVersion"));
        String kind = String.valueOf(document.get("kind"));
        String where = kind + " " + name(document);
        KubernetesResource parsed;
        try {
            parsed = SERIALIZATION.convertValue(document, KubernetesResource.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + " does not fit the Kubernetes model: " + e.getMessage(), e);
        }
        boolean custom = customGroups.stream().anyMatch(group -> apiVersion.startsWith(group + "/"));
        if (custom) {
            if (!(parsed instanceof GenericKubernetesResource)) {
                throw new IllegalArgumentException(where + ": expected a custom resource, got " + parsed.getClass());
            }
            return (HasMetadata) parsed;
        }
        if (!(parsed instanceof HasMetadata typed) || parsed instanceof GenericKubernetesResource) {
            throw new IllegalArgumentException(where + ": " + apiVersion + " is no kind the Kubernetes model knows");
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(typed, kind, unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + " has fields the Kubernetes model does not know: " + unknown);
        }
        return typed;
    }

    private static void collectUnknownFields(Object node, String path, List<String> unknown) {
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collectUnknownFields(value, path + "." + key, unknown));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (!isPropertyGetter(getter)) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                collectUnknownFields(value, path + "." + propertyName(getter), unknown);
            }
        }
    }

    private static boolean isPropertyGetter(Method method) {
        return method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get")
                && !method.getName().equals("getClass")
                && method.getDeclaringClass().getName().startsWith(MODEL_PACKAGE);
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> document) {
        return document.get("metadata") instanceof Map<?, ?> metadata
                ? String.valueOf(((Map<String, Object>) metadata).get("name"))
                : "(no name)";
    }
}
