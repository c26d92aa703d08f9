package cn.wuhu.sti.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark itself, run only by {@value PlatformBenchmark#COMMAND} (the profile sets {@code sti.benchmark}); it
 * prints the table and writes it to {@code docs/performance.md} ({@code -Dsti.benchmark.report=} elsewhere;
 * {@code -Dsti.benchmark.parts=P1,P2} runs only those parts).
 */
@EnabledIfSystemProperty(named = "sti.benchmark", matches = "true")
class PlatformBenchmarkRun {

    @Test
    void measuresThePlatformAgainstKafkasOwnToolsAndWritesTheTable() throws Exception {
        PlatformBenchmark benchmark = PlatformBenchmark.fromSystemProperties();
        Table table = benchmark.run();
        String markdown = table.markdown();
        System.out.println(markdown);
        PlatformBenchmark.write(table, Path.of(System.getProperty("sti.benchmark.report", "performance.md")));

        assertThat(table.rows()).extracting(Row::id).containsAll(benchmark.parts());
    }
}
