package dev.backtester.examples.cli;

import java.time.ZoneId;
import java.util.Locale;

/** Number and date formats of the report and the terminal summary; n/a for values that do not exist. */
final class Format {
    private Format() {
    }

    static String money(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", v) : "n/a";
    }

    /** Money without cents, for chart axes. */
    static String wholeMoney(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "n/a";
    }

    static String price(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a";
    }

    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : "n/a";
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%,.3f", v).replaceAll("\\.?0+$", "");
    }

    /** The trading date of a bar-end time in {@code zone}. */
    static String date(long barEndMillis, ZoneId zone) {
        return MonthlyReturns.dateOf(barEndMillis, zone).toString();
    }
}
