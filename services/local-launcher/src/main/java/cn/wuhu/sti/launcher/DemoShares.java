package cn.wuhu.sti.launcher;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A total the seed gives, shared out over the demo's items so the shares add up to it exactly. */
final class DemoShares {

    /**
     * {@code total} in {@code parts} shares with two decimals, each weighted by a random whole number from
     * {@code lowestWeight} to {@code highestWeight}; the last share takes what rounding down left.
     */
    static List<BigDecimal> split(BigDecimal total, int parts, Random random, int lowestWeight, int highestWeight) {
        List<Integer> weights = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < parts; i++) {
            int weight = lowestWeight + random.nextInt(highestWeight - lowestWeight + 1);
            weights.add(weight);
            sum += weight;
        }
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < parts - 1; i++) {
            BigDecimal share = total.multiply(BigDecimal.valueOf(weights.get(i)))
                    .divide(BigDecimal.valueOf(sum), 2, RoundingMode.DOWN);
            shares.add(share);
            left = left.subtract(share);
        }
        shares.add(left);
        return shares;
    }

    private DemoShares() {}
}
