package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shared image recipe read as text: no container engine runs here, so its rules are checked on the file. */
class DockerfileTest {

    /** An exact Temurin release such as 17.0.17_10, or any image by digest; never a floating tag like 17-jre. */
    private static final Pattern PINNED = Pattern.compile(
            "eclipse-temurin:(17|21)\\.\\d+\\.\\d+(\\.\\d+)?_\\d+-(jdk|jre)(-[a-z0-9]+)?|[^\\s@]+@sha256:[0-9a-f]{64}");

    private final Dockerfile dockerfile = Dockerfile.read();

    @Test
    void everyBaseImageIsPinnedToAnExactReleaseAndTheRuntimeIsAJre() {
        List<String> bases = dockerfile.withKeyword("ARG").stream()
                .filter(arg -> arg.matches("ARG \\w+_IMAGE=.*"))
                .map(arg -> arg.substring(arg.indexOf('=') + 1))
                .toList();
        List<String> froms = dockerfile.withKeyword("FROM");

        assertThat(bases).isNotEmpty().allSatisfy(image -> assertThat(image).matches(PINNED));
        assertThat(froms).allSatisfy(from -> assertThat(from).matches("FROM \\$\\{\\w+_IMAGE}( AS \\w+)?"));
        String runtime = froms.get(froms.size() - 1);
        assertThat(runtime).as("the last stage is the image").isEqualTo("FROM ${JRE_IMAGE}");
        assertThat(bases).anyMatch(image -> image.contains("-jre"));
    }

    @Test
    void theImageIsMadeOfTheLayersOfTheServicesBootJarAndStartsWithItsLauncher() {
        assertThat(dockerfile.instructions())
                .anyMatch(line -> line.startsWith("COPY --from=build /src/services/${SERVICE}/target/")
                        && line.endsWith("-exec.jar app.jar"))
                .anyMatch(line -> line.contains("java -Djarmode=tools -jar app.jar extract --layers --launcher"));
        List<String> layers = dockerfile.withKeyword("COPY").stream()
                .map(DockerfileTest::layerCopied)
                .filter(layer -> layer != null)
                .toList();
        assertThat(layers)
                .as("least likely to change first, so a new build of the application reuses the other layers")
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(dockerfile.withKeyword("ENTRYPOINT"))
                .containsExactly("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @Test
    void theServiceRunsAsAnUnprivilegedNumericUser() {
        assertThat(dockerfile.runtimeUserId()).isGreaterThanOrEqualTo(10000);
        int lastUser = dockerfile
                .instructions()
                .lastIndexOf(dockerfile.withKeyword("USER").get(0));
        int entrypoint = dockerfile
                .instructions()
                .indexOf(dockerfile.withKeyword("ENTRYPOINT").get(0));
        assertThat(lastUser).isLessThan(entrypoint);
        assertThat(dockerfile.instructions())
                .anyMatch(line -> line.contains("useradd") && line.contains("--uid " + dockerfile.runtimeUserId()));
    }

    @Test
    void dockerChecksTheReadinessGroupOnTheServicesOwnPort() {
        assertThat(dockerfile.withKeyword("HEALTHCHECK")).singleElement().satisfies(check -> {
            assertThat(check).contains("/actuator/health/readiness");
            assertThat(check).contains("${STI_HEALTH_PORT}");
            assertThat(check).contains("\\\"status\\\":\\\"UP\\\"");
        });
        assertThat(dockerfile.instructions()).contains("ARG SERVICE", "ARG PORT=8080", "EXPOSE ${PORT}");
        assertThat(dockerfile.instructions()).anyMatch(line -> line.startsWith("ENV STI_HEALTH_PORT=${PORT}"));
    }

    @Test
    void theBuildContextLeavesOutWhatAHostBuildLeftBehind() {
        assertThat(Repository.read(Dockerfile.PATH + ".dockerignore").lines()).contains("**/target", ".git");
    }

    private static String layerCopied(String copy) {
        Matcher layer = Pattern.compile("COPY --from=layers /layers/extracted/([\\w-]+)/ \\./")
                .matcher(copy);
        return layer.matches() ? layer.group(1) : null;
    }
}
