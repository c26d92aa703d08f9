package cn.wuhu.sti.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a figure must reach: a share of its reference at least ({@code ≥ 70 %} of Kafka's rate), a multiple of it at
 * most ({@code ≤ 1.25 ×} the plain insert), a value at most ({@code ≤ 50 ms}), or several of these together.
 */
public record Goal(Double minRatio, Double maxRatio, Double maxValue, String unit) {

    public static Goal atLeastShareOfReference(double share) {
        return new Goal(share, null, null, null);
    }

    public static Goal atMostTimesReference(double times) {
        return new Goal(null, times, null, null);
    }

    public static Goal atMost(double value, String unit) {
        return new Goal(null, null, value, unit);
    }

    /** This goal and, besides, at most {@code times} the reference. */
    public Goal andAtMostTimesReference(double times) {
        return new Goal(minRatio, times, maxValue, unit);
    }

    boolean metBy(double figure, Double ratio) {
        boolean met = maxValue == null || figure <= maxValue;
        if (minRatio != null) {
            met &= ratio != null && ratio >= minRatio;
        }
        if (maxRatio != null) {
            met &= ratio != null && ratio <= maxRatio;
        }
        return met;
    }

    String describe() {
        List<String> parts = new ArrayList<>();
        if (maxValue != null) {
            parts.add(String.format(Locale.ROOT, "≤ %s %s", Figures.number(maxValue), unit));
        }
        if (minRatio != null) {
            parts.add(String.format(Locale.ROOT, "≥ %.0f %% of the reference", minRatio * 100));
        }
        if (maxRatio != null) {
            parts.add(String.format(Locale.ROOT, "≤ %s × the reference", Figures.number(maxRatio)));
        }
        return String.join(" and ", parts);
    }
}
