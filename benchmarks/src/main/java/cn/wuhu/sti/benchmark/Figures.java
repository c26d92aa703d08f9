package cn.wuhu.sti.benchmark;

import java.util.Locale;

/** How the table writes a number: thousands grouped, two decimals below 10, one below 100, none above. */
final class Figures {

    static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern =
                magnitude >= 100 || magnitude == Math.rint(magnitude) ? "%,.0f" : magnitude >= 10 ? "%,.1f" : "%,.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private Figures() {}
}
