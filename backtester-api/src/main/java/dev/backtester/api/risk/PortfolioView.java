package dev.backtester.api.risk;

import dev.backtester.api.DataWindow;
import java.util.List;

/**
 * Read-only view of the account at the current decision, for risk rules and sizers. Market values
 * use each symbol's latest close at or before the decision.
 */
public interface PortfolioView {

    /** Bar-end time of the decision (epoch milliseconds). */
    long time();

    /** Equity marked at the latest closes. */
    double equity();

    /** Cash. */
    double cash();

    /** Highest equity recorded at a bar time's end so far in the run (the initial capital at first). */
    double peakEquity();

    /** Current drawdown from {@link #peakEquity()} as a fraction in [0, 1]: {@code 1 - equity / peak}. */
    default double drawdown() {
        double peak = peakEquity();
        return peak > 0 ? Math.max(0.0, 1.0 - equity() / peak) : 0.0;
    }

    /** Signed shares held in {@code symbol}, 0 if none. */
    double position(String symbol);

    /** Signed market value of the position in {@code symbol} at its latest close. */
    double marketValue(String symbol);

    /** Sum of absolute market values of all positions. */
    double grossExposure();

    /** Sum of signed market values of all positions. */
    double netExposure();

    /** Symbols with an open position, in the run's symbol order. */
    List<String> holdings();

    /** The protective stop of the position in {@code symbol} (traded prices), NaN when it has none or is flat. */
    double stopPrice(String symbol);

    /**
     * What the position in {@code symbol} loses if its stop is hit, from the latest close: shares times
     * the distance to the stop, at least 0. A position without a stop risks its whole market value.
     */
    double openRisk(String symbol);

    /** Portfolio heat: the sum of every position's {@link #openRisk} divided by equity. */
    double heat();

    /**
     * The look-back window of {@code symbol} at its latest bar at or before the decision (never
     * later), reading the strategy's signal prices and indicators; null for a symbol not in the run
     * or without a bar yet. The view hands out one reusable window: a second call re-points the window
     * the first returned, so copy what you need from one symbol before asking for the next. It is valid
     * until the rule or sizer returns.
     */
    DataWindow window(String symbol);
}
