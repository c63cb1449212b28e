package dev.backtester.core.engine;

import dev.backtester.api.execution.OrderType;

/**
 * Where an order fills inside a bar, before slippage: the rules documented on
 * {@link dev.backtester.api.execution.OrderSpec}. A gap through a limit or stop fills at the open,
 * a touch of the limit is a fill, and a stop-limit fills on its trigger bar only at the trigger price.
 */
final class FillRules {
    private FillRules() {
    }

    /**
     * The fill price of {@code o} on a bar with the given open, high and low, or NaN when it does not
     * fill; {@code market} is what a market order gets on this bar. Marks stops and stop-limits
     * triggered.
     */
    static double price(WorkingOrder o, double open, double high, double low, double market) {
        boolean buy = o.sign() > 0;
        OrderType type = o.type;
        if (type == OrderType.LIMIT || (type == OrderType.STOP_LIMIT && o.triggered)) {
            return limitPrice(buy, o.limit, open, high, low);
        }
        if (type == OrderType.STOP) {
            if (o.triggered) {
                return market;
            }
            double fill = stopPrice(buy, o.stop, open, high, low);
            o.triggered = !Double.isNaN(fill);
            return fill;
        }
        if (type == OrderType.STOP_LIMIT) {
            double trigger = stopPrice(buy, o.stop, open, high, low);
            if (Double.isNaN(trigger)) {
                return Double.NaN;
            }
            o.triggered = true;
            boolean withinLimit = buy ? trigger <= o.limit : trigger >= o.limit;
            return withinLimit ? trigger : Double.NaN;
        }
        return market;
    }

    /** A limit at {@code limit}: the open when the bar opened through it, the limit when the range touched it. */
    static double limitPrice(boolean buy, double limit, double open, double high, double low) {
        if (buy) {
            return open <= limit ? open : low <= limit ? limit : Double.NaN;
        }
        return open >= limit ? open : high >= limit ? limit : Double.NaN;
    }

    /** A stop at {@code stop}: the open when the bar gapped through it, the stop when the range reached it. */
    static double stopPrice(boolean buy, double stop, double open, double high, double low) {
        if (buy) {
            return open >= stop ? open : high >= stop ? stop : Double.NaN;
        }
        return open <= stop ? open : low <= stop ? stop : Double.NaN;
    }

    /** True for fills that must not end beyond their limit price after slippage. */
    static boolean capsAtLimit(WorkingOrder o) {
        return o.type == OrderType.LIMIT || (o.type == OrderType.STOP_LIMIT && o.triggered);
    }

    /**
     * Where a fill price sits in its bar's range: 1 at the bar's best price for the side (the low for a
     * buy, the high for a sell), 0 at the worst or beyond. A bar without range scores 1 at its price.
     */
    static double quality(boolean buy, double price, double high, double low) {
        double range = high - low;
        if (!(range > 0)) {
            return (buy ? price <= low : price >= high) ? 1.0 : 0.0;
        }
        double score = buy ? (high - price) / range : (price - low) / range;
        return Math.max(0.0, Math.min(1.0, score));
    }
}
