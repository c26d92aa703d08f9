package cn.wuhu.sti.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark itself, run only by {@value PlatformBenchmark#COMMAND} (the profile sets {@code sti.benchmark}); it
 * prints the table and writes it to {@code docs/performance.md}.
 */
@EnabledIfSystemProperty(named = "sti.benchmark", matches = "true")
class PlatformBenchmarkRun {

    @Test
    void measuresThePlatformAgainstKafkasOwnToolsAndWritesTheTable() throws Exception {
        Table table = PlatformBenchmark.fromSystemProperties().run();
        String markdown = table.markdown();
        System.out.println(markdown);
        PlatformBenchmark.write(table, Path.of(System.getProperty("sti.benchmark.report", "performance.md")));

        assertThat(table.rows()).extracting(Row::id).contains("P1", "P5", "P2", "P3", "P4", "P7");
    }
}
