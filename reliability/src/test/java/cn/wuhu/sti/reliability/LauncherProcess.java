package cn.wuhu.sti.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The packaged launcher in a child JVM, started as {@code ./sti-local} starts it. {@link #kill()} is {@code kill -9}:
 * no shutdown hook runs, nothing is flushed. Its console is appended to a log file, one per name.
 */
final class LauncherProcess implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("sti.reliability.launcher-jar"));
    private static final String READY = "sti-platform ready in";

    private final String name;
    private final Process process;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final Deque<String> lastLines = new ArrayDeque<>();

    private LauncherProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        Thread pump = new Thread(() -> pump(log), name + "-console");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts the launcher with {@code args} and waits for its ready line. */
    static LauncherProcess start(String name, Path logDir, Duration readyWithin, String... args) {
        // What ./sti-local gives the whole platform; the broker or the store alone needs far less.
        String heap = Stream.of(args).anyMatch(arg -> arg.startsWith("--only=")) ? "-Xmx512m" : "-Xmx1536m";
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No launcher jar at " + JAR + ": run the build through `package` first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logDir);
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            LauncherProcess launcher = new LauncherProcess(name, process, logDir.resolve(name + ".log"));
            launcher.awaitReady(readyWithin);
            return launcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration within) {
        try {
            ready.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            kill();
            throw new IllegalStateException(
                    name + " was not ready within " + within + "; its last lines:\n" + lastLines(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, as {@code kill -9} sends it, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the launcher's shutdown hook stops every part cleanly. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump(Path log) {
        try (var console = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(
                        log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write("==== " + name + " started (pid " + process.pid() + ")\n");
            String line;
            while ((line = console.readLine()) != null) {
                out.write(line);
                out.write('\n');
                remember(line);
                if (line.contains(READY)) {
                    out.flush();
                    ready.complete(null);
                }
            }
            out.write("==== " + name + " exited\n");
        } catch (IOException e) {
            // The console closes when the process is killed; the log keeps what arrived.
        } finally {
            ready.completeExceptionally(new IllegalStateException(name + " exited before it was ready"));
        }
    }

    private synchronized void remember(String line) {
        lastLines.addLast(line);
        if (lastLines.size() > 40) {
            lastLines.removeFirst();
        }
    }

    private synchronized String lastLines() {
        return String.join("\n", lastLines);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
