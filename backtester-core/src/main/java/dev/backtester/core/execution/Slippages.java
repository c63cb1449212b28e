package dev.backtester.core.execution;

import dev.backtester.api.DataWindow;
import dev.backtester.api.execution.SlippageModel;

/** Built-in slippage models. */
public final class Slippages {
    private Slippages() {
    }

    /** No slippage. */
    public static SlippageModel none() {
        return SlippageModel.NONE;
    }

    /**
     * A fixed number of basis points of the price, against the trader: buys fill at
     * {@code price * (1 + bps / 10000)}, sells at {@code price * (1 - bps / 10000)}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= bps < 10000}
     */
    public static SlippageModel fixedBps(double bps) {
        if (!(bps >= 0 && bps < 10_000)) {
            throw new IllegalArgumentException("fixedBps: bps must be in [0, 10000), got " + bps);
        }
        return new FixedBps(bps);
    }

    record FixedBps(double bps) implements SlippageModel {
        @Override
        public double slippagePerShare(double price, double signedShares, DataWindow atDecision) {
            return price * bps / 10_000.0;
        }
    }
}
