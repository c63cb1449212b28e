package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import java.util.ArrayList;
import java.util.List;

/**
 * The bar-level rules every data source must satisfy, independent of where the bars come from.
 *
 * <p>A bar is valid when all five values are finite, the four prices are positive, volume is not
 * negative, {@code low <= high}, and open and close lie within {@code [low, high]}. A series is valid
 * when every bar is valid and bar times strictly increase.
 *
 * <p>Time order uses a running baseline: each bar is compared with the latest bar whose own time was in
 * order, so one bar that jumps backwards is reported once, and the bars that remain after dropping every
 * reported bar are strictly increasing.
 */
public final class BarValidator {

    private BarValidator() {
    }

    /**
     * Checks one bar's values (not its time).
     *
     * @param bar index reported in the issues
     * @return the issues found, empty when the bar is valid
     */
    public static List<BarIssue> checkBar(int bar, double open, double high, double low, double close,
                                          double volume) {
        List<BarIssue> issues = new ArrayList<>(0);
        checkFinite(bar, BarField.OPEN, open, issues);
        checkFinite(bar, BarField.HIGH, high, issues);
        checkFinite(bar, BarField.LOW, low, issues);
        checkFinite(bar, BarField.CLOSE, close, issues);
        checkFinite(bar, BarField.VOLUME, volume, issues);
        if (!issues.isEmpty()) {
            // comparisons with NaN or infinity would only add noise to the real problem
            return issues;
        }
        if (volume < 0) {
            issues.add(new BarIssue(bar, BarField.VOLUME, "negative volume", -1));
        }
        int beforePriceChecks = issues.size();
        checkPositive(bar, BarField.OPEN, open, issues);
        checkPositive(bar, BarField.HIGH, high, issues);
        checkPositive(bar, BarField.LOW, low, issues);
        checkPositive(bar, BarField.CLOSE, close, issues);
        if (issues.size() > beforePriceChecks) {
            // a zero or negative price is the problem; range checks against it would repeat it
            return issues;
        }
        if (high < low) {
            // with an inverted range every open and close check would fail too; one issue says it all
            issues.add(new BarIssue(bar, BarField.HIGH, "below low " + low, -1));
            return issues;
        }
        checkInRange(bar, BarField.OPEN, open, low, high, issues);
        checkInRange(bar, BarField.CLOSE, close, low, high, issues);
        return issues;
    }

    /**
     * Checks column arrays: every bar's values and strictly increasing times.
     *
     * @return all issues ordered by bar index, empty when the columns are valid
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static List<BarIssue> validate(long[] times, double[] open, double[] high, double[] low,
                                          double[] close, double[] volume) {
        int n = times.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("columns differ in length: times " + n + ", open " + open.length
                    + ", high " + high.length + ", low " + low.length + ", close " + close.length
                    + ", volume " + volume.length);
        }
        List<BarIssue> issues = new ArrayList<>();
        int baseline = -1;
        for (int i = 0; i < n; i++) {
            issues.addAll(checkBar(i, open[i], high[i], low[i], close[i], volume[i]));
            if (baseline >= 0 && times[i] <= times[baseline]) {
                String message = times[i] == times[baseline] ? "duplicate time" : "time earlier than the previous bar";
                issues.add(new BarIssue(i, BarField.TIME, message, baseline));
            } else {
                baseline = i;
            }
        }
        return issues;
    }

    /**
     * Checks the values of a series. Its times are already strictly increasing by construction.
     *
     * @return all issues ordered by bar index, empty when the series is valid
     */
    public static List<BarIssue> validate(BarSeries series) {
        return validate(series.times(), series.column(PriceField.OPEN), series.column(PriceField.HIGH),
                series.column(PriceField.LOW), series.column(PriceField.CLOSE), series.column(PriceField.VOLUME));
    }

    private static void checkFinite(int bar, BarField field, double value, List<BarIssue> issues) {
        if (!Double.isFinite(value)) {
            issues.add(new BarIssue(bar, field, "not a finite number", -1));
        }
    }

    private static void checkPositive(int bar, BarField field, double price, List<BarIssue> issues) {
        if (price <= 0) {
            issues.add(new BarIssue(bar, field, "price not positive", -1));
        }
    }

    private static void checkInRange(int bar, BarField field, double price, double low, double high,
                                     List<BarIssue> issues) {
        if (price < low || price > high) {
            issues.add(new BarIssue(bar, field, "outside [low, high] = [" + low + ", " + high + "]", -1));
        }
    }
}
