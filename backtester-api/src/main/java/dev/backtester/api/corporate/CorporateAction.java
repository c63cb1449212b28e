package dev.backtester.api.corporate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A split or cash dividend of one symbol, applied by the engine before the first bar of that symbol
 * whose end time is at or after {@code effectiveTime} (the ex-date's bar), before that bar's fills.
 *
 * <ul>
 *   <li>{@link Kind#SPLIT}: {@code value} new shares per old share (2 for a 2-for-1 split, 0.1 for a
 *       1-for-10 reverse split). Positions are multiplied by it and prices of open trades and working
 *       orders divided by it; cash does not change. Use it only with bars that are NOT already
 *       split-adjusted, or the split is counted twice.</li>
 *   <li>{@link Kind#CASH_DIVIDEND}: {@code value} per share in the bars' price units. A long receives
 *       it in cash, a short pays it; the amount is booked on the ex-date (pay dates are not modelled).</li>
 * </ul>
 *
 * @param symbol        symbol it applies to
 * @param effectiveTime UTC epoch ms; the action applies at the first bar ending at or after it
 * @param kind          split or cash dividend
 * @param value         split ratio (new per old), or the dividend per share
 */
public record CorporateAction(String symbol, long effectiveTime, Kind kind, double value) {

    /** The kinds of action. */
    public enum Kind { SPLIT, CASH_DIVIDEND }

    public CorporateAction {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(kind + " of " + symbol + " needs a finite value > 0, got " + value);
        }
    }

    /** A split of {@code ratio} new shares per old share, effective from the bar of {@code exDate} (UTC). */
    public static CorporateAction split(String symbol, LocalDate exDate, double ratio) {
        return new CorporateAction(symbol, startOf(exDate), Kind.SPLIT, ratio);
    }

    /** A cash dividend of {@code amount} per share, going ex on {@code exDate} (UTC). */
    public static CorporateAction cashDividend(String symbol, LocalDate exDate, double amount) {
        return new CorporateAction(symbol, startOf(exDate), Kind.CASH_DIVIDEND, amount);
    }

    private static long startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
