package cn.wuhu.sti.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own performance tools, each run as a child JVM on the benchmark's classpath (they end with
 * {@code Exit.exit}), their last lines parsed for the reference figures.
 */
final class KafkaTools {

    private static final Pattern PRODUCED = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");
    private static final Pattern PERCENTILES = Pattern.compile("50th = (\\d+(?:\\.\\d+)?), 99th = (\\d+(?:\\.\\d+)?)");

    private final String bootstrapServers;

    KafkaTools(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** {@code ProducerPerformance} at full speed with the relay's producer settings; records per second. */
    double producerRate(String topic, int records, int recordSize) {
        String out = run(
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                topic,
                "--num-records",
                Integer.toString(records),
                "--record-size",
                Integer.toString(recordSize),
                "--throughput",
                "-1",
                "--producer-props",
                "bootstrap.servers=" + bootstrapServers,
                "acks=all",
                "enable.idempotence=true",
                "linger.ms=5",
                "max.in.flight.requests.per.connection=5");
        Matcher last = lastMatch(PRODUCED, out);
        return Double.parseDouble(last.group(2));
    }

    /**
     * {@code ConsumerPerformance} reading {@code records} from the beginning of the topic in a new group; records per
     * second while fetching ({@code fetch.nMsg.sec}, the group join left out).
     */
    double consumerRate(String topic, long records) {
        String out = run(
                "org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server",
                bootstrapServers,
                "--topic",
                topic,
                "--messages",
                Long.toString(records),
                "--group",
                "benchmark-consumer-performance-" + System.nanoTime(),
                "--timeout",
                "60000");
        // The tool's own log lines come between its header and its figures.
        List<String> lines = out.lines().toList();
        for (int h = 0; h < lines.size(); h++) {
            if (!lines.get(h).startsWith("start.time,")) {
                continue;
            }
            List<String> header = List.of(lines.get(h).split(",\\s*"));
            int column = header.indexOf("fetch.nMsg.sec");
            for (String line : lines.subList(h + 1, lines.size())) {
                String[] values = line.split(",\\s*");
                if (values.length == header.size()) {
                    return Double.parseDouble(values[column].strip());
                }
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no fetch.nMsg.sec:\n" + out);
    }

    /** {@code EndToEndLatency} (acks=all): produce one record, consume it, repeat; p50 and p99 in milliseconds. */
    double[] endToEndLatency(String topic, int messages, int recordSize) {
        String out = run(
                "org.apache.kafka.tools.EndToEndLatency",
                bootstrapServers,
                topic,
                Integer.toString(messages),
                "all",
                Integer.toString(recordSize));
        Matcher last = lastMatch(PERCENTILES, out);
        return new double[] {Double.parseDouble(last.group(1)), Double.parseDouble(last.group(2))};
    }

    private static Matcher lastMatch(Pattern pattern, String out) {
        Matcher matcher = pattern.matcher(out);
        Matcher last = null;
        while (matcher.find()) {
            last = pattern.matcher(out);
            last.find(matcher.start());
        }
        if (last == null) {
            throw new IllegalStateException("No " + pattern + " in:\n" + out);
        }
        return last;
    }

    private static String run(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(mainClass + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + mainClass + " ran", e);
        }
    }
}
