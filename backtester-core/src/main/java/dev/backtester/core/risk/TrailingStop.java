package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.PositionView;

/**
 * A stop a fraction behind the price, moved at every close: long {@code close * (1 - pct)}, short
 * {@code close * (1 + pct)}. The engine never loosens a stop, so a long's stop is the highest of
 * these levels since the entry (a short's the lowest).
 *
 * <p>{@link #onExtremes()} trails the bar's high for a long ({@code high * (1 - pct)}) and its low
 * for a short ({@code low * (1 + pct)}). That level can be beyond the close when the bar fell back
 * more than {@code pct} from its high; the stop is then already through the market and the position
 * exits at the next bar's open.
 *
 * @param pct        distance behind the price as a fraction, in (0, 1)
 * @param extremes   true to trail the bar's high (long) or low (short) instead of its close
 */
public record TrailingStop(double pct, boolean extremes) implements ExitRule {

    public TrailingStop {
        Checks.fraction("trailingStop", "pct", pct);
    }

    /** The same stop trailing the bar's high (long) or low (short) instead of the close. */
    public TrailingStop onExtremes() {
        return new TrailingStop(pct, true);
    }

    @Override
    public double stopPrice(PositionView position, DataWindow window) {
        int sign = position.direction().sign();
        double price = extremes ? (sign > 0 ? window.high() : window.low()) : window.close();
        return price * (1 - sign * pct);
    }

    @Override
    public boolean trails() {
        return true;
    }
}
