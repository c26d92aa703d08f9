package cn.wuhu.sti.benchmark;

import java.util.Optional;

/**
 * One line of the table: what was measured, its figure, the reference the same run measured beside it (Kafka's own
 * tool, a plain insert) and the goal. {@code reference} is absent where the goal is an absolute value.
 */
public record Row(
        String id, String what, double figure, String unit, Optional<Reference> reference, Goal goal, String note) {

    /** A reference figure and what produced it, e.g. {@code ProducerPerformance, acks=all, idempotent}. */
    public record Reference(double figure, String source) {}

    public static Row of(String id, String what, double figure, String unit, Reference reference, Goal goal) {
        return new Row(id, what, figure, unit, Optional.of(reference), goal, "");
    }

    public static Row absolute(String id, String what, double figure, String unit, Goal goal) {
        return new Row(id, what, figure, unit, Optional.empty(), goal, "");
    }

    public Row noting(String note) {
        return new Row(id, what, figure, unit, reference, goal, note);
    }

    /** The figure over the reference: above 1 is more (faster for a rate, slower for a latency). */
    public Optional<Double> ratio() {
        return reference.filter(r -> r.figure() > 0).map(r -> figure / r.figure());
    }

    public boolean met() {
        return goal.metBy(figure, ratio().orElse(null));
    }
}
