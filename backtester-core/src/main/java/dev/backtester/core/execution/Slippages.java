package dev.backtester.core.execution;

import dev.backtester.api.DataWindow;
import dev.backtester.api.execution.SlippageModel;
import java.util.List;

/**
 * Built-in slippage models. Every model prices from what is known at the order's decision bar: the
 * engine hands them a window positioned there, never at the fill bar.
 */
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

    /**
     * Half of a bid-ask spread of {@code spreadBps} basis points of the price: a market order crosses
     * from the mid to the far side, {@code price * spreadBps / 2 / 10000} per share.
     *
     * @throws IllegalArgumentException unless {@code 0 <= spreadBps < 10000}
     */
    public static SlippageModel halfSpread(double spreadBps) {
        if (!(spreadBps >= 0 && spreadBps < 10_000)) {
            throw new IllegalArgumentException("halfSpread: spreadBps must be in [0, 10000), got " + spreadBps);
        }
        return new HalfSpread(spreadBps);
    }

    /**
     * Square-root market impact: {@code price * k * sigma * sqrt(|shares| / adv)} per share, where
     * {@code sigma} is the sample standard deviation of the close-to-close returns and {@code adv} the
     * mean volume over the {@code lookback} bars ending at the decision bar (daily figures on daily
     * bars, per-bar figures on intraday bars). With less history it uses what there is; with fewer than
     * two returns or no volume it cannot estimate and charges nothing. The whole amount is reported
     * as market impact.
     *
     * @param k        the impact coefficient, typically around 0.1 to 1
     * @param lookback bars of history for volatility and average volume, at least 2
     * @throws IllegalArgumentException unless {@code 0 <= k < 100} and {@code 2 <= lookback <= 10000}
     */
    public static SlippageModel squareRootImpact(double k, int lookback) {
        if (!(k >= 0 && k < 100)) {
            throw new IllegalArgumentException("squareRootImpact: k must be in [0, 100), got " + k);
        }
        if (lookback < 2 || lookback > 10_000) {
            throw new IllegalArgumentException("squareRootImpact: lookback must be in [2, 10000], got " + lookback);
        }
        return new SquareRootImpact(k, lookback);
    }

    /** The sum of several models, e.g. half the spread plus impact; impact parts add up too. */
    public static SlippageModel sum(SlippageModel... models) {
        if (models.length == 0) {
            throw new IllegalArgumentException("sum: give at least one slippage model");
        }
        return new Sum(List.of(models));
    }

    record FixedBps(double bps) implements SlippageModel {
        @Override
        public double slippagePerShare(double price, double signedShares, DataWindow atDecision) {
            return price * bps / 10_000.0;
        }
    }

    record HalfSpread(double spreadBps) implements SlippageModel {
        @Override
        public double slippagePerShare(double price, double signedShares, DataWindow atDecision) {
            return price * spreadBps / 20_000.0;
        }
    }

    record SquareRootImpact(double k, int lookback) implements SlippageModel {
        @Override
        public double slippagePerShare(double price, double signedShares, DataWindow atDecision) {
            return impactPerShare(price, signedShares, atDecision);
        }

        @Override
        public double impactPerShare(double price, double signedShares, DataWindow atDecision) {
            int bars = Math.min(lookback, atDecision.bar() + 1);
            double volumeSum = 0;
            double sum = 0;
            double sumSq = 0;
            int returns = 0;
            for (int ago = 0; ago < bars; ago++) {
                volumeSum += atDecision.volume(ago);
                if (ago + 1 < bars) {
                    double r = atDecision.close(ago) / atDecision.close(ago + 1) - 1;
                    sum += r;
                    sumSq += r * r;
                    returns++;
                }
            }
            double adv = volumeSum / bars;
            if (returns < 2 || !(adv > 0)) {
                return 0.0;
            }
            double mean = sum / returns;
            double sigma = Math.sqrt(Math.max(0.0, (sumSq - returns * mean * mean) / (returns - 1)));
            return price * k * sigma * Math.sqrt(Math.abs(signedShares) / adv);
        }
    }

    record Sum(List<SlippageModel> models) implements SlippageModel {
        @Override
        public double slippagePerShare(double price, double signedShares, DataWindow atDecision) {
            double total = 0;
            for (SlippageModel m : models) {
                total += m.slippagePerShare(price, signedShares, atDecision);
            }
            return total;
        }

        @Override
        public double impactPerShare(double price, double signedShares, DataWindow atDecision) {
            double total = 0;
            for (SlippageModel m : models) {
                total += m.impactPerShare(price, signedShares, atDecision);
            }
            return total;
        }
    }
}
