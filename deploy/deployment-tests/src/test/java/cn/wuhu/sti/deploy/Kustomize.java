package cn.wuhu.sti.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay with {@code kubectl kustomize}, once per overlay and test run. Where kubectl is missing the
 * tests that need a rendering are skipped with that reason ({@code .ci/run} installs it when it can).
 */
final class Kustomize {

    static final String DEV = "deploy/overlays/dev";
    static final String PROD = "deploy/overlays/prod";

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final String KUBECTL_MISSING =
            "kubectl is not on the PATH, so the Kustomize overlays were not rendered"
                    + " (.ci/run installs it; any kubectl with Kustomize 5 will do)";
    private static volatile Boolean kubectlPresent;

    private Kustomize() {}

    /** The overlay rendered and parsed strictly; skips the calling test when kubectl is missing. */
    static Manifests render(String overlay) {
        assumeTrue(kubectlPresent(), KUBECTL_MISSING);
        return RENDERED.computeIfAbsent(overlay, dir -> Manifests.parse(dir, run("kubectl", "kustomize", dir)));
    }

    static boolean kubectlPresent() {
        if (kubectlPresent == null) {
            try {
                run("kubectl", "version", "--client");
                kubectlPresent = true;
            } catch (IllegalStateException e) {
                kubectlPresent = false;
                System.err.println("deployment-tests: " + KUBECTL_MISSING);
            }
        }
        return kubectlPresent;
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(Repository.ROOT.toFile())
                    .redirectErrorStream(false)
                    .start();
            var stdout = process.getInputStream().readAllBytes();
            var stderr = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed: " + new String(stderr, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
