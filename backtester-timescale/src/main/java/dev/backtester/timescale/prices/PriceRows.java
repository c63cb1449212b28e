package dev.backtester.timescale.prices;

import dev.backtester.api.data.BarSeries;
import java.util.Objects;

/**
 * The bars of one symbol as they are written to {@code prices_v2}: a series plus, when the caller has
 * them, the adjusted close of each bar (the design's {@code adj_close} column; the engine does not use it).
 *
 * @param series   the bars
 * @param adjClose adjusted close per bar, or {@code null} when the source has none
 */
public record PriceRows(BarSeries series, double[] adjClose) {

    /** @throws IllegalArgumentException if {@code adjClose} is given with another length than the series */
    public PriceRows {
        Objects.requireNonNull(series, "series");
        if (adjClose != null) {
            if (adjClose.length != series.size()) {
                throw new IllegalArgumentException("adjusted closes of " + series.symbol() + ": " + adjClose.length
                        + " values for " + series.size() + " bars");
            }
            adjClose = adjClose.clone();
        }
    }

    /** The bars with the series' own adjusted closes, when it has them. */
    public static PriceRows of(BarSeries series) {
        if (!series.hasAdjustedClose()) {
            return new PriceRows(series, null);
        }
        double[] adjusted = new double[series.size()];
        for (int i = 0; i < adjusted.length; i++) {
            adjusted[i] = series.adjustedClose(i);
        }
        return new PriceRows(series, adjusted);
    }

    /** True when adjusted closes are known. */
    public boolean hasAdjClose() {
        return adjClose != null;
    }

    /** Adjusted close of bar {@code i}; only when {@link #hasAdjClose()}. */
    public double adjClose(int i) {
        return adjClose[i];
    }

    /** A copy of the adjusted closes, or {@code null} when the source has none. */
    @Override
    public double[] adjClose() {
        return adjClose == null ? null : adjClose.clone();
    }
}
