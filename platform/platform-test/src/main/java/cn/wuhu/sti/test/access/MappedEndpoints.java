package cn.wuhu.sti.test.access;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint a running servlet application answers, read from the application itself: the annotated handler
 * methods and the exposed actuator endpoints (both held by {@link RequestMappingInfoHandlerMapping}s), the
 * functional routes, the resource metadata the security filter chain serves (RFC 9728), and one path per actuator
 * endpoint on the classpath whether exposed or not, so that the unexposed ones are probed too.
 */
public final class MappedEndpoints {

    private static final String PROTECTED_RESOURCE_METADATA_FILTER =
            "org.springframework.security.oauth2.server.resource.web.OAuth2ProtectedResourceMetadataFilter";

    /** RFC 9728, served by a filter of the resource server rather than a handler. */
    private static final String PROTECTED_RESOURCE_METADATA = "/.well-known/oauth-protected-resource";

    private static final String ACTUATOR_ENDPOINT = "org.springframework.boot.actuate.endpoint.annotation.Endpoint";

    private MappedEndpoints() {}

    public static SortedSet<Endpoint> of(ApplicationContext context) {
        SortedSet<Endpoint> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                    Set<HttpMethod> methods = info.getMethodsCondition().getMethods().stream()
                            .map(method -> HttpMethod.valueOf(method.name()))
                            .collect(Collectors.toSet());
                    info.getPatternValues().forEach(pattern -> add(endpoints, methods, pattern));
                }));
        context.getBeansOfType(RouterFunctionMapping.class).values().stream()
                .map(RouterFunctionMapping::getRouterFunction)
                .filter(Objects::nonNull)
                .forEach(routes -> routes.accept(new RouteCollector(endpoints)));
        context.getBeansOfType(FilterChainProxy.class).values().stream()
                .flatMap(proxy -> proxy.getFilterChains().stream())
                .flatMap(chain -> chain.getFilters().stream())
                .filter(filter -> filter.getClass().getName().equals(PROTECTED_RESOURCE_METADATA_FILTER))
                .findAny()
                .ifPresent(filter -> endpoints.add(new Endpoint(HttpMethod.GET, PROTECTED_RESOURCE_METADATA)));
        String actuator = context.getEnvironment().getProperty("management.endpoints.web.base-path", "/actuator");
        actuatorEndpointIds().forEach(id -> endpoints.add(new Endpoint(HttpMethod.GET, actuator + "/" + id)));
        return endpoints;
    }

    /** The ids of the actuator endpoints Spring Boot ships on this classpath: {@code env}, {@code heapdump}, ... */
    static SortedSet<String> actuatorEndpointIds() {
        SortedSet<String> ids = new TreeSet<>();
        if (!ClassUtils.isPresent(ACTUATOR_ENDPOINT, MappedEndpoints.class.getClassLoader())) {
            return ids;
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation(ACTUATOR_ENDPOINT), true));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.springframework.boot")) {
            if (candidate instanceof AnnotatedBeanDefinition annotated) {
                ids.add(annotated
                        .getMetadata()
                        .getAnnotations()
                        .get(ACTUATOR_ENDPOINT)
                        .getString("id"));
            }
        }
        return ids;
    }

    private static void add(Set<Endpoint> endpoints, Set<HttpMethod> methods, String pattern) {
        (methods.isEmpty() ? Set.of(HttpMethod.GET) : methods)
                .forEach(method -> endpoints.add(new Endpoint(method, pattern)));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> annotation(String name) {
        return (Class<? extends Annotation>) ClassUtils.resolveClassName(name, MappedEndpoints.class.getClassLoader());
    }

    /** Reads the paths and methods out of each route's predicate. */
    private record RouteCollector(Set<Endpoint> endpoints) implements RouterFunctions.Visitor {

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
            PredicateReader reader = new PredicateReader();
            predicate.accept(reader);
            reader.paths.forEach(path -> add(endpoints, reader.methods, path));
        }

        @Override
        public void startNested(RequestPredicate predicate) {}

        @Override
        public void endNested(RequestPredicate predicate) {}

        @Override
        public void resources(Function<ServerRequest, Optional<Resource>> lookup) {}

        @Override
        public void attributes(Map<String, Object> attributes) {}

        @Override
        public void unknown(RouterFunction<?> routerFunction) {}
    }

    private static final class PredicateReader implements RequestPredicates.Visitor {

        final List<String> paths = new ArrayList<>();
        final Set<HttpMethod> methods = new HashSet<>();

        @Override
        public void method(Set<HttpMethod> httpMethods) {
            methods.addAll(httpMethods);
        }

        @Override
        public void path(String pattern) {
            paths.add(pattern);
        }

        @Override
        public void pathExtension(String extension) {}

        @Override
        public void header(String name, String value) {}

        @Override
        public void param(String name, String value) {}

        @Override
        public void version(String version) {}

        @Override
        public void startAnd() {}

        @Override
        public void and() {}

        @Override
        public void endAnd() {}

        @Override
        public void startOr() {}

        @Override
        public void or() {}

        @Override
        public void endOr() {}

        @Override
        public void startNegate() {}

        @Override
        public void endNegate() {}

        @Override
        public void unknown(RequestPredicate predicate) {}
    }
}
