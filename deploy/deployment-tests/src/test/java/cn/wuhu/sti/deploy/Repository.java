package cn.wuhu.sti.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The files of the repository this module is part of, read as text or YAML. */
final class Repository {

    static final Path ROOT = findRoot();

    private Repository() {}

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One YAML document, anchors and merge keys ({@code <<}) resolved. */
    static Map<String, Object> yaml(String relative) {
        return yamlDocument(read(relative));
    }

    static Map<String, Object> yamlDocument(String text) {
        return new Yaml(new LoaderOptions()).load(text);
    }

    /** Every document of a multi-document YAML stream, empty ones left out. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String text) {
        var documents = new Yaml(new LoaderOptions()).loadAll(text);
        return java.util.stream.StreamSupport.stream(documents.spliterator(), false)
                .filter(java.util.Objects::nonNull)
                .map(document -> (Map<String, Object>) document)
                .toList();
    }

    /** The one file under {@code folder} with this name, e.g. an application class's source. */
    static Path findFile(String folder, String fileName) {
        try (Stream<Path> files = Files.walk(path(folder))) {
            List<Path> found = files.filter(
                            file -> file.getFileName().toString().equals(fileName))
                    .filter(file -> !file.toString().contains("/target/"))
                    .toList();
            if (found.size() != 1) {
                throw new IllegalStateException("Expected one " + fileName + " under " + folder + ", found " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "Not inside the sti-platform repository: " + Path.of("").toAbsolutePath());
    }
}
