package dev.backtester.core.risk;

import java.time.ZoneId;
import java.util.Map;

/**
 * The built-in risk rules, for {@code StrategyBuilder.risk(...)}:
 * {@code builder.risk(RiskRules.trailingStop(0.02), RiskRules.maxGrossExposure(1.5))}.
 *
 * <p><b>Protective exits</b> ({@link dev.backtester.api.risk.ExitRule}s; prices in the strategy's
 * signal prices; the engine keeps the tightest stop of all rules and never loosens it):
 * <ul>
 *   <li>{@link #stopLoss}: long {@code entry * (1 - pct)}, short {@code entry * (1 + pct)}; fixed.
 *   <li>{@link #atrStop}: {@code entry -/+ multiple * ATR(period)} at the entry; fixed.
 *   <li>{@link #trailingStop}: {@code close * (1 -/+ pct)} at every close (optionally on the high/low).
 *   <li>{@link #atrTrailingStop}: {@code close -/+ multiple * ATR(period)} at every close.
 *   <li>{@link #chandelierStop}: long {@code highest high(period) - multiple * ATR(period)}, short
 *       {@code lowest low(period) + multiple * ATR(period)} at every close.
 *   <li>{@link #takeProfit}: target {@code entry * (1 +/- pct)}.
 *   <li>{@link #takeProfitAtr}: target {@code entry +/- multiple * ATR(period)}.
 *   <li>{@link #timeStop}: closes at market after a number of bars.
 * </ul>
 * Rules reading an indicator give no stop (NaN) while it warms up.
 *
 * <p><b>Entry reviews</b> (each approves, resizes to the largest share count that fits, or vetoes,
 * naming the limit and the figure):
 * <ul>
 *   <li>{@link #maxPosition}: one symbol's position value {@code <= pct * equity}.
 *   <li>{@link #maxGrossExposure}: sum of absolute position values {@code <= multiple * equity}.
 *   <li>{@link #maxNetExposure}: {@code |sum of signed position values| <= multiple * equity}.
 *   <li>{@link #maxHeat}: {@code (sum of open risk to stops + the entry's risk) / equity <= fraction}.
 *   <li>{@link #maxCorrelation}: vetoes when the entry's returns correlate with a holding's beyond a threshold.
 *   <li>{@link #groupLimit}: gross value of a group of symbols (a sector) {@code <= pct * equity}.
 *   <li>{@link #drawdownCircuitBreaker}: halts entries (optionally flattens) at a drawdown, until a resume rule.
 *   <li>{@link #dailyLossLimit}, {@link #weeklyLossLimit}: halt entries (optionally flatten) for the rest of
 *       the day or week once its loss reaches a fraction.
 * </ul>
 * Stateless rules are immutable values shared by concurrent runs; the breaker and the loss limits
 * keep per-run state in the copy each run makes.
 */
public final class RiskRules {
    private RiskRules() {
    }

    // ---- protective exits -----------------------------------------------------------------------

    /** Fixed stop {@code pct} (in (0, 1)) from the entry: long {@code entry * (1 - pct)}, short {@code entry * (1 + pct)}. */
    public static StopLoss stopLoss(double pct) {
        return new StopLoss(pct);
    }

    /** Fixed stop {@code multiple} ATRs from the entry: {@code entry -/+ multiple * ATR(period)}, the ATR at the entry bar. */
    public static AtrStop atrStop(double multiple, int period) {
        return new AtrStop(multiple, period, null);
    }

    /**
     * Stop trailing the close by {@code pct} (in (0, 1)): long {@code close * (1 - pct)}, short
     * {@code close * (1 + pct)}; {@code .onExtremes()} trails the high (long) or low (short) instead.
     */
    public static TrailingStop trailingStop(double pct) {
        return new TrailingStop(pct, false);
    }

    /** Stop trailing the close by {@code multiple} ATRs: {@code close -/+ multiple * ATR(period)}. */
    public static AtrTrailingStop atrTrailingStop(double multiple, int period) {
        return new AtrTrailingStop(multiple, period, null);
    }

    /**
     * Chandelier exit: long {@code highest high(period) - multiple * ATR(period)}, short
     * {@code lowest low(period) + multiple * ATR(period)}, trailing.
     */
    public static ChandelierStop chandelierStop(int period, double multiple) {
        return new ChandelierStop(period, multiple, null, null);
    }

    /** Profit target {@code pct} (in (0, 1)) from the entry: long {@code entry * (1 + pct)}, short {@code entry * (1 - pct)}. */
    public static TakeProfit takeProfit(double pct) {
        return new TakeProfit(pct);
    }

    /** Profit target {@code multiple} ATRs from the entry: {@code entry +/- multiple * ATR(period)}. */
    public static AtrTakeProfit takeProfitAtr(double multiple, int period) {
        return new AtrTakeProfit(multiple, period, null);
    }

    /** Closes a position at market after {@code bars} bars (>= 1). */
    public static TimeStop timeStop(int bars) {
        return new TimeStop(bars);
    }

    // ---- entry reviews -----------------------------------------------------------------------------

    /** One symbol's position value at most {@code pctOfEquity * equity} ({@code pctOfEquity} in (0, 10]). */
    public static MaxPosition maxPosition(double pctOfEquity) {
        return new MaxPosition(pctOfEquity);
    }

    /** Gross exposure at most {@code multipleOfEquity * equity}. */
    public static MaxGrossExposure maxGrossExposure(double multipleOfEquity) {
        return new MaxGrossExposure(multipleOfEquity);
    }

    /** Absolute net exposure (shorts count negative) at most {@code multipleOfEquity * equity}. */
    public static MaxNetExposure maxNetExposure(double multipleOfEquity) {
        return new MaxNetExposure(multipleOfEquity);
    }

    /** Portfolio heat after the entry at most {@code fraction}: {@code (sum openRisk + proposal risk) / equity}. */
    public static MaxHeat maxHeat(double fraction) {
        return new MaxHeat(fraction);
    }

    /**
     * Vetoes an entry whose last {@code window} close-to-close returns have an absolute Pearson
     * correlation above {@code threshold} (in (0, 1]) with any holding's; {@code .directional()} signs it
     * by the two sides instead. Too little history is not measured (approved).
     */
    public static MaxCorrelation maxCorrelation(double threshold, int window) {
        return new MaxCorrelation(threshold, window, false);
    }

    /**
     * The gross value of each group's holdings plus the entry at most {@code maxPctOfEquity * equity};
     * symbols missing from {@code groupOfSymbol} are not limited.
     */
    public static GroupLimit groupLimit(Map<String, String> groupOfSymbol, double maxPctOfEquity) {
        return new GroupLimit(groupOfSymbol, maxPctOfEquity);
    }

    /**
     * Halts entries once the drawdown reaches {@code maxDrawdown} (in (0, 1)); by default it does not
     * flatten and resumes when the drawdown is below half of {@code maxDrawdown}. See
     * {@link DrawdownCircuitBreaker} for {@code flatten}, {@code resumeAfterBars}, {@code
     * resumeWhenDrawdownBelow} and {@code resumeAtNewHigh}.
     */
    public static DrawdownCircuitBreaker drawdownCircuitBreaker(double maxDrawdown) {
        return DrawdownCircuitBreaker.of(maxDrawdown);
    }

    /** Halts entries for the rest of the day once it lost {@code pct} (in (0, 1)) of its starting equity (New York days). */
    public static LossLimit dailyLossLimit(double pct) {
        return LossLimit.of(LossLimit.Period.DAY, pct);
    }

    /** {@link #dailyLossLimit(double)} on the days of {@code zone}. */
    public static LossLimit dailyLossLimit(double pct, ZoneId zone) {
        return LossLimit.of(LossLimit.Period.DAY, pct).zone(zone);
    }

    /** Halts entries for the rest of the week (from Monday 00:00, New York) once it lost {@code pct} of its starting equity. */
    public static LossLimit weeklyLossLimit(double pct) {
        return LossLimit.of(LossLimit.Period.WEEK, pct);
    }

    /** {@link #weeklyLossLimit(double)} on the weeks of {@code zone}. */
    public static LossLimit weeklyLossLimit(double pct, ZoneId zone) {
        return LossLimit.of(LossLimit.Period.WEEK, pct).zone(zone);
    }
}
