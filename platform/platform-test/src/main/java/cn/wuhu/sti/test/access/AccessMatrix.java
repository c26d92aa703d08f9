package cn.wuhu.sti.test.access;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what, as a test. Every endpoint an application maps ({@link MappedEndpoints}) must fall under one
 * rule of the table, or the walk fails: a new endpoint cannot slip in without one. The rules, first match wins:
 *
 * <ul>
 *   <li><b>open</b>: answered without a token;
 *   <li><b>passed through</b>: the gateway's routes, where the service behind decides;
 *   <li><b>signed in</b>: a person's session only (the gateway's dashboard): no bearer token opens it, however valid;
 *   <li><b>API</b>: {@code <root>/**} of a context, with the scope the contract gives: {@code <context>:admin} under
 *       {@code <root>/admin}, else {@code <context>:read} for {@code GET}, {@code <context>:write} for the rest;
 *   <li><b>refused</b>: to everyone, whatever the token.
 * </ul>
 *
 * A protected endpoint (API or refused) must answer 401 without a token, with one signed by a stranger's key, with
 * an expired one and with one for another audience; 403 with a valid token holding every scope of the contract but
 * the one it needs (all of them, for a refused endpoint); and let a token with just its scope through. Every 401 and
 * 403 is {@code application/problem+json}, which is also how a refusal is told apart from an endpoint's own answer
 * (the token endpoint's OAuth2 error for a client without credentials, say): "let through" means no such problem.
 */
public final class AccessMatrix {

    /** Read and write per context, and {@code reports:admin}: the scopes of the contract. */
    public static final List<String> CONTRACT_SCOPES = Stream.concat(
                    Stream.of("talent", "enterprise", "techmarket", "parks", "reports")
                            .flatMap(context -> Stream.of(context + ":read", context + ":write")),
                    Stream.of("reports:admin"))
            .toList();

    /**
     * RFC 9728 metadata naming the issuer and scopes, open by design: the {@code WWW-Authenticate} header of every
     * 401 points a client at it.
     */
    public static final String RESOURCE_METADATA = "GET /.well-known/oauth-protected-resource/**";

    private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

    private final String application;
    private final SortedSet<Endpoint> endpoints;
    private final List<Rule> open = new ArrayList<>();
    private final List<Rule> passedThrough = new ArrayList<>();
    private final List<Rule> authenticated = new ArrayList<>();
    private final List<Rule> signedIn = new ArrayList<>();
    private final Map<String, String> apis = new LinkedHashMap<>();
    private final List<Rule> refused = new ArrayList<>();
    private Transport transport;
    private Tokens tokens;

    private AccessMatrix(String application, SortedSet<Endpoint> endpoints) {
        this.application = application;
        this.endpoints = endpoints;
    }

    public static AccessMatrix of(String application, SortedSet<Endpoint> endpoints) {
        return new AccessMatrix(application, endpoints);
    }

    /**
     * A service on platform-web, with the rules every one shares before its own {@link #api}: health, info, the
     * Prometheus scrape and the resource metadata open; the OpenAPI document for any valid token; the rest of the
     * actuator, and the error page asked for directly, refused. Probed through its security filter chain with {@link TestIssuer}'s tokens.
     */
    public static AccessMatrix forService(String service, ApplicationContext context) {
        return of(service, MappedEndpoints.of(context))
                .open("/actuator/health/**", "/actuator/info", "/actuator/prometheus", RESOURCE_METADATA)
                .authenticated("/v3/api-docs/**", "/v3/api-docs.yaml")
                .refused("/actuator/**", "/error")
                .through(Transports.throughTheSecurityFilterChain(context), TestIssuer.tokens());
    }

    /** How the probes reach the application, and who signs their tokens. */
    public AccessMatrix through(Transport transport, Tokens tokens) {
        this.transport = transport;
        this.tokens = tokens;
        return this;
    }

    /** Patterns such as {@code "/actuator/info"}, or {@code "POST /oauth2/token"} for one method only. */
    public AccessMatrix open(String... patterns) {
        Stream.of(patterns).map(Rule::parse).forEach(open::add);
        return this;
    }

    /** Patterns any valid token opens, whatever its scopes. */
    public AccessMatrix authenticated(String... patterns) {
        Stream.of(patterns).map(Rule::parse).forEach(authenticated::add);
        return this;
    }

    public AccessMatrix passedThrough(String... patterns) {
        Stream.of(patterns).map(Rule::parse).forEach(passedThrough::add);
        return this;
    }

    /** {@code root} and everything below it belong to {@code context}, e.g. {@code ("/api/reports", "reports")}. */
    public AccessMatrix api(String root, String context) {
        apis.put(root, context);
        return this;
    }

    /** Patterns only a signed-in session opens: every probe, with or without a token, must get 401. */
    public AccessMatrix signedIn(String... patterns) {
        Stream.of(patterns).map(Rule::parse).forEach(signedIn::add);
        return this;
    }

    public AccessMatrix refused(String... patterns) {
        Stream.of(patterns).map(Rule::parse).forEach(refused::add);
        return this;
    }

    /** Sends every probe, then fails listing each unexpected answer, or prints one summary line. */
    public void walk() {
        Objects.requireNonNull(transport, "through(transport, tokens) says how to reach " + application);
        long started = System.nanoTime();
        List<String> uncovered = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        Map<Access, List<Probe>> probesByAccess = new HashMap<>();
        int probes = 0;
        for (Endpoint endpoint : endpoints) {
            Optional<Access> access = accessOf(endpoint);
            if (access.isEmpty()) {
                uncovered.add(endpoint.toString());
                continue;
            }
            counts.merge(access.get().kind(), 1, Integer::sum);
            for (Probe probe : probesByAccess.computeIfAbsent(access.get(), a -> a.probes(tokens))) {
                probes++;
                Answer answer = transport.send(endpoint.method(), endpoint.path(), probe.token());
                if (!probe.expected().matches(answer)) {
                    unexpected.add("%s %s (%s): expected %s, got %s"
                            .formatted(endpoint, access.get(), probe.description(), probe.expected(), answer));
                }
            }
        }
        // An API root that matched nothing means the endpoints were not found, and nothing was proven about them.
        List<String> emptyApis = apis.keySet().stream()
                .filter(root -> endpoints.stream()
                        .noneMatch(endpoint ->
                                PATTERNS.parse(root + "/**").matches(PathContainer.parsePath(endpoint.path()))))
                .toList();
        if (!uncovered.isEmpty() || !unexpected.isEmpty() || !emptyApis.isEmpty()) {
            fail("access-matrix %s:%n  no rule for: %s%n  no endpoint under: %s%n  %s"
                    .formatted(application, uncovered, emptyApis, String.join("\n  ", unexpected)));
        }
        System.out.printf(
                "access-matrix %s: %d endpoints (%s), %d probes, all as expected in %d ms%n",
                application,
                endpoints.size(),
                counts.entrySet().stream()
                        .map(count -> count.getValue() + " " + count.getKey().label)
                        .collect(Collectors.joining(", ")),
                probes,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    Optional<Access> accessOf(Endpoint endpoint) {
        PathContainer path = PathContainer.parsePath(endpoint.path());
        if (matchesAny(open, endpoint)) {
            return Optional.of(new Access(Kind.OPEN, null));
        }
        if (matchesAny(passedThrough, endpoint)) {
            return Optional.of(new Access(Kind.PASSED_THROUGH, null));
        }
        if (matchesAny(authenticated, endpoint)) {
            return Optional.of(new Access(Kind.AUTHENTICATED, null));
        }
        if (matchesAny(signedIn, endpoint)) {
            return Optional.of(new Access(Kind.SIGNED_IN, null));
        }
        for (Map.Entry<String, String> api : apis.entrySet()) {
            if (PATTERNS.parse(api.getKey() + "/**").matches(path)) {
                return Optional.of(new Access(Kind.SCOPED, scope(endpoint, api.getKey(), api.getValue())));
            }
        }
        if (matchesAny(refused, endpoint)) {
            return Optional.of(new Access(Kind.REFUSED, null));
        }
        return Optional.empty();
    }

    private static String scope(Endpoint endpoint, String root, String context) {
        if (PATTERNS.parse(root + "/admin/**").matches(PathContainer.parsePath(endpoint.path()))) {
            return context + ":admin";
        }
        return context + (endpoint.method() == HttpMethod.GET ? ":read" : ":write");
    }

    private static boolean matchesAny(List<Rule> rules, Endpoint endpoint) {
        return rules.stream().anyMatch(rule -> rule.matches(endpoint));
    }

    /** A path pattern, for one method when written like {@code "POST /oauth2/token"}, else for all. */
    private record Rule(HttpMethod method, PathPattern pattern) {

        static Rule parse(String rule) {
            String[] parts = rule.split(" ", 2);
            return parts.length == 2
                    ? new Rule(HttpMethod.valueOf(parts[0]), PATTERNS.parse(parts[1]))
                    : new Rule(null, PATTERNS.parse(rule));
        }

        boolean matches(Endpoint endpoint) {
            return (method == null || method.equals(endpoint.method()))
                    && pattern.matches(PathContainer.parsePath(endpoint.path()));
        }
    }

    /** How a probe reaches the application: see {@link Transports}. */
    @FunctionalInterface
    public interface Transport {

        /** @param token a bearer token, or {@code null} for none */
        Answer send(HttpMethod method, String path, String token);
    }

    public record Answer(int status, String contentType) {

        boolean isProblem() {
            return contentType != null
                    && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        }

        @Override
        public String toString() {
            return status + " " + contentType;
        }
    }

    enum Kind {
        OPEN("open"),
        PASSED_THROUGH("passed through"),
        AUTHENTICATED("any valid token"),
        SIGNED_IN("signed-in session only"),
        SCOPED("scoped"),
        REFUSED("refused");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    enum Outcome {
        UNAUTHORIZED,
        FORBIDDEN,
        LET_THROUGH;

        boolean matches(Answer answer) {
            return switch (this) {
                case UNAUTHORIZED -> answer.status() == 401 && answer.isProblem();
                case FORBIDDEN -> answer.status() == 403 && answer.isProblem();
                case LET_THROUGH -> !(answer.status() == 401 || answer.status() == 403) || !answer.isProblem();
            };
        }

        @Override
        public String toString() {
            return switch (this) {
                case UNAUTHORIZED -> "401 problem";
                case FORBIDDEN -> "403 problem";
                case LET_THROUGH -> "no 401 or 403 problem";
            };
        }
    }

    record Probe(String description, String token, Outcome expected) {}

    record Access(Kind kind, String scope) {

        List<Probe> probes(Tokens tokens) {
            if (kind == Kind.OPEN || kind == Kind.PASSED_THROUGH) {
                return List.of(new Probe("no token", null, Outcome.LET_THROUGH));
            }
            String all = String.join(" ", CONTRACT_SCOPES);
            List<Probe> probes = new ArrayList<>(List.of(
                    new Probe("no token", null, Outcome.UNAUTHORIZED),
                    new Probe("signed by another key", tokens.signedByAStranger(all), Outcome.UNAUTHORIZED),
                    new Probe("expired", tokens.expired(all), Outcome.UNAUTHORIZED),
                    new Probe(
                            "for another audience",
                            tokens.from(tokens.issuer(), "another-platform", all),
                            Outcome.UNAUTHORIZED)));
            if (kind == Kind.SIGNED_IN) {
                probes.add(new Probe("every scope", tokens.withScopes(all), Outcome.UNAUTHORIZED));
            } else if (kind == Kind.REFUSED) {
                probes.add(new Probe("every scope", tokens.withScopes(all), Outcome.FORBIDDEN));
            } else if (kind == Kind.AUTHENTICATED) {
                probes.add(new Probe("no scope at all", tokens.withScopes(""), Outcome.LET_THROUGH));
            } else {
                String others = CONTRACT_SCOPES.stream()
                        .filter(other -> !other.equals(scope))
                        .collect(Collectors.joining(" "));
                probes.add(new Probe("every scope but " + scope, tokens.withScopes(others), Outcome.FORBIDDEN));
                probes.add(new Probe("only " + scope, tokens.withScopes(scope), Outcome.LET_THROUGH));
            }
            return probes;
        }

        @Override
        public String toString() {
            return scope == null ? kind.label : kind.label + " by " + scope;
        }
    }
}
