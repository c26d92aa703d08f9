package cn.wuhu.sti.test.access;

import java.util.Comparator;
import org.springframework.http.HttpMethod;

/** One method on one path pattern of an application, such as {@code GET /api/enterprises/{uscc}}. */
public record Endpoint(HttpMethod method, String pattern) implements Comparable<Endpoint> {

    private static final Comparator<Endpoint> ORDER = Comparator.comparing(Endpoint::pattern)
            .thenComparing(endpoint -> endpoint.method().name());

    /** A path the pattern matches: every variable and wildcard becomes {@code 1}, which also suits numeric ones. */
    public String path() {
        return pattern.replaceAll("\\{[^/]*}", "1").replace("**", "1").replace("*", "1");
    }

    @Override
    public int compareTo(Endpoint other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return method.name() + " " + pattern;
    }
}
