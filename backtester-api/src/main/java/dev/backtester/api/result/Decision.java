package dev.backtester.api.result;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of the decision journal: something the engine decided or did, when, for which symbol and
 * trade, who decided it and with what figures.
 *
 * @param sequence run-unique position in the journal, from 1, in the order things happened
 * @param time     bar-end time of the bar at whose open or close it happened (UTC epoch ms)
 * @param symbol   symbol concerned; empty for portfolio-wide decisions
 * @param tradeId  the trade it belongs to ({@link Trade#id()}); for an entry that never happened, the id
 *                 its trade would have had (as in {@link OrderEvent#tradeId()}); 0 for none
 * @param kind     what kind of decision
 * @param source   who decided: the signal rule, the sizer, the risk rule, the regime classifier
 * @param detail   the verdict or reason in words; may be empty
 * @param figures  the numbers behind it, in a stable order (e.g. {@code shares}, {@code kelly_fraction});
 *                 kept as compact {@link Figures}
 */
public record Decision(long sequence, long time, String symbol, long tradeId, Kind kind, String source,
                       String detail, Map<String, Double> figures) {

    /** Kinds of decision, in the order a trade usually goes through them. */
    public enum Kind {
        /** Signal logic asked for a new target (long, short, flat). */
        SIGNAL,
        /** The regime filter's classification at an entry decision, allowed or not. */
        REGIME,
        /** The sizer's share count for an entry or a rebalance. */
        SIZING,
        /** A risk rule let the proposal through unchanged. */
        RISK_APPROVED,
        /** A risk rule changed the share count. */
        RISK_RESIZED,
        /** A risk rule blocked the entry. */
        RISK_VETOED,
        /** An order event (created, filled, resized, rejected, cancelled, expired); {@code source} names it. */
        ORDER,
        /** The protective stop or target of a new position, set at its entry fill. */
        STOP_SET,
        /** A trailing stop tightened at a close. */
        STOP_MOVED,
        /** The trade ended; {@code detail} is the exit reason. */
        EXIT,
        /** A risk rule closed every position. */
        FLATTENED,
        /** A rebalance resized a held position. */
        REBALANCE
    }

    public Decision {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
        figures = Figures.copyOf(figures);
    }

    /** The figure named {@code key}, or NaN when there is none. */
    public double figure(String key) {
        return ((Figures) figures).value(key);
    }
}
