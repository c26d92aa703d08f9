package cn.wuhu.sti.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.benchmark.Row.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's table: ratios, goals, growth and the report file, without measuring anything. */
class TableTest {

    @Test
    void aRateAtSeventyPercentOfItsReferenceMeetsItsGoalAndOneBelowDoesNot() {
        Row met = Row.of(
                "P1",
                "relay",
                7_000,
                "events/s",
                new Reference(10_000, "ProducerPerformance"),
                Goal.atLeastShareOfReference(0.70));
        Row missed = Row.of(
                "P1",
                "relay",
                6_999,
                "events/s",
                new Reference(10_000, "ProducerPerformance"),
                Goal.atLeastShareOfReference(0.70));

        assertThat(met.ratio()).contains(0.7);
        assertThat(met.met()).isTrue();
        assertThat(missed.met()).isFalse();
    }

    @Test
    void aLatencyGoalHoldsOnlyBelowBothItsBoundAndItsMultipleOfTheReference() {
        Goal goal = Goal.atMost(100, "ms").andAtMostTimesReference(20);

        assertThat(Row.of("P4", "e2e", 90, "ms", new Reference(5, "EndToEndLatency"), goal)
                        .met())
                .isTrue();
        assertThat(Row.of("P4", "e2e", 90, "ms", new Reference(4, "EndToEndLatency"), goal)
                        .met())
                .isFalse();
        assertThat(Row.of("P4", "e2e", 101, "ms", new Reference(50, "EndToEndLatency"), goal)
                        .met())
                .isFalse();
        assertThat(Row.absolute("P7", "query", 50, "ms", Goal.atMost(50, "ms")).met())
                .isTrue();
    }

    @Test
    void growthReadsTheExponentBetweenTheSmallestAndTheLargestMeasurement() {
        var linear = new Growth(
                "drain", "events", "s", List.of(new Growth.Point(100_000, 20), new Growth.Point(300_000, 61)));
        var flat = new Growth(
                "heap", "events", "MB", List.of(new Growth.Point(100_000, 40), new Growth.Point(300_000, 42)));
        var quadratic =
                new Growth("scan", "events", "s", List.of(new Growth.Point(10_000, 2), new Growth.Point(30_000, 18)));

        assertThat(linear.verdict()).isEqualTo("linear");
        assertThat(flat.verdict()).isEqualTo("flat");
        assertThat(quadratic.verdict()).startsWith("worse than linear (about size^2.0");
    }

    @Test
    void theTableNamesEachFigureItsReferenceRatioGoalAndWhetherItWasMet() {
        Table table = new Table()
                .add(Row.of(
                        "P1",
                        "relay",
                        6_000,
                        "events/s",
                        new Reference(12_000, "ProducerPerformance"),
                        Goal.atLeastShareOfReference(0.70)))
                .add(Row.absolute("P7", "query at 10,000 firms", 12.5, "ms", Goal.atMost(50, "ms")));

        assertThat(table.markdown())
                .contains("| P1 | relay | 6,000 events/s | 12,000 events/s — ProducerPerformance | 0.50 × |"
                        + " ≥ 70 % of the reference | **no** |")
                .contains("| P7 | query at 10,000 firms | 12.5 ms | — | — | ≤ 50 ms | yes |");
    }

    @Test
    void writingTheReportReplacesOnlyTheTableBetweenItsMarkers(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("performance.md");
        Files.writeString(
                report,
                "# Performance\n\nprose before\n\n<!-- benchmark table: begin -->\nold\n"
                        + "<!-- benchmark table: end -->\n\nprose after\n");

        PlatformBenchmark.write(new Table().add(Row.absolute("P7", "query", 3, "ms", Goal.atMost(50, "ms"))), report);

        assertThat(Files.readString(report))
                .contains("prose before", "prose after", "| P7 | query | 3 ms |")
                .doesNotContain("\nold\n");
    }
}
