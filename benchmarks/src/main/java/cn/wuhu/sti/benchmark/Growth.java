package cn.wuhu.sti.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a cost grows with the work, from two or more measurements: the exponent {@code k} of {@code cost ∝ size^k}
 * between the smallest and the largest, read as flat (k below 0.3), linear (0.7 to 1.3) or, above, worse than linear.
 */
public record Growth(String what, String sizeUnit, String costUnit, List<Point> points) {

    public record Point(double size, double cost) {}

    public double exponent() {
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        return Math.log(last.cost() / first.cost()) / Math.log(last.size() / first.size());
    }

    public String verdict() {
        double k = exponent();
        if (k < 0.3) {
            return "flat";
        }
        if (k < 0.7) {
            return "sub-linear";
        }
        if (k <= 1.3) {
            return "linear";
        }
        return String.format(Locale.ROOT, "worse than linear (about size^%.1f)", k);
    }

    public String line() {
        String measured = points.stream()
                .map(p -> Figures.number(p.size()) + " " + sizeUnit + ": " + Figures.number(p.cost()) + " " + costUnit)
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "%s — %s → %s (exponent %.2f)", what, measured, verdict(), exponent());
    }
}
