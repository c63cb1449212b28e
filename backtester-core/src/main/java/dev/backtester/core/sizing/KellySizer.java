package dev.backtester.core.sizing;

import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.SizingContext;
import dev.backtester.api.sizing.TradeHistory;
import java.util.Objects;

/**
 * Kelly sizing from the strategy's own closed trades in the run ({@link SizingContext#history()}),
 * the last {@code lookback} of them (0 = all).
 *
 * <pre>
 * e_k = r_k - riskFreeRate * years_k          excess return of trade k (net return minus the
 *                                             risk-free return over its holding time)
 * W   = #(e_k &gt; 0) / N                        win rate over the N trades read
 * R   = mean(e_k | e_k &gt; 0) / mean(|e_k| | e_k &lt; 0)   payoff ratio
 * f*  = W - (1 - W) / R                       Kelly fraction of equity
 * value  = min(cap, fraction * f*) * equity
 * shares = value / price
 * </pre>
 *
 * Edge cases: no losing trade gives {@code f* = W} (R is infinite; the cap then bounds the bet); no
 * winning trade gives {@code f* = -1}; a trade with {@code e_k = 0} counts in N but neither as a win
 * nor a loss. {@code f* <= 0} (no edge over the risk-free rate) gives 0 shares, so the entry is
 * skipped. Until {@code minTrades} trades are available the {@code fallback} sizer decides.
 * Only trades taken enter the history, so once the record shows no edge the strategy takes no further
 * trade in the run and the figure stays where it is: Kelly answers "is there an edge so far", it does
 * not probe for a new one.
 *
 * <p>Defaults: {@code fraction} 0.5 ("half Kelly": full Kelly maximises long-run growth only when W
 * and R are known exactly; estimated from a few dozen trades it overbets, and half Kelly keeps about
 * three quarters of the growth at half the volatility); {@code cap} 1.0 (no leverage); {@code
 * minTrades} 20; {@code lookback} 0 (all trades); {@code fallback} {@code percentOfEquity(0.10)}
 * (a modest 10% of equity per position while the strategy has no record yet).
 *
 * <p>Journal figures (each call that reads the history): {@code kelly_trades} (N),
 * {@code kelly_win_rate} (W), {@code kelly_payoff} (R; NaN when there is no loss or no win),
 * {@code kelly_raw} (f*), {@code kelly_fraction} (the fraction of equity taken,
 * {@code max(0, min(cap, fraction * f*))}); before {@code minTrades}: {@code kelly_trades} and
 * {@code kelly_fallback = 1}, then the fallback's own figures.
 *
 * <p>Reads the history by index and allocates nothing. When the fallback reads indicators, this sizer
 * binds it when added to a strategy.
 *
 * @param riskFreeRate annual risk-free rate as a fraction, in [-1, 1] (0.05 = 5%)
 * @param fraction     multiplier of the Kelly fraction, in (0, 1] (0.5 = half Kelly)
 * @param cap          most position value per unit of equity, in (0, 100]
 * @param minTrades    closed trades needed before Kelly is used, >= 1
 * @param lookback     the last this many closed trades, 0 = all; otherwise >= minTrades
 * @param fallback     sizer used while fewer than minTrades trades exist
 */
public record KellySizer(double riskFreeRate, double fraction, double cap, int minTrades, int lookback,
                         PositionSizer fallback) implements PositionSizer, UsesIndicators<PositionSizer> {
    /** Journal key: number of trades read (N). */
    public static final String TRADES = "kelly_trades";
    /** Journal key: win rate W. */
    public static final String WIN_RATE = "kelly_win_rate";
    /** Journal key: payoff ratio R. */
    public static final String PAYOFF = "kelly_payoff";
    /** Journal key: raw Kelly fraction f*. */
    public static final String RAW = "kelly_raw";
    /** Journal key: fraction of equity taken. */
    public static final String FRACTION = "kelly_fraction";
    /** Journal key: 1 when the fallback sized the position. */
    public static final String FALLBACK = "kelly_fallback";

    /** Default multiplier: half Kelly. */
    public static final double DEFAULT_FRACTION = 0.5;
    /** Default trades needed. */
    public static final int DEFAULT_MIN_TRADES = 20;
    /** Default fallback's fraction of equity. */
    public static final double DEFAULT_FALLBACK_FRACTION = 0.10;

    public KellySizer {
        if (!(riskFreeRate >= -1 && riskFreeRate <= 1)) {
            throw new IllegalArgumentException("kelly: riskFreeRate must be in [-1, 1] (0.05 = 5%), got " + riskFreeRate);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("kelly: fraction must be in (0, 1] (0.5 = half Kelly), got " + fraction);
        }
        FixedFractionalRiskSizer.checkLeverage("kelly cap", cap);
        if (minTrades < 1) {
            throw new IllegalArgumentException("kelly: minTrades must be >= 1, got " + minTrades);
        }
        if (lookback != 0 && lookback < minTrades) {
            throw new IllegalArgumentException("kelly: lookback must be 0 (all trades) or >= minTrades (" + minTrades
                    + "), got " + lookback);
        }
        Objects.requireNonNull(fallback, "kelly: fallback");
    }

    /** Kelly with risk-free rate {@code riskFreeRate} and the defaults above. */
    public static KellySizer of(double riskFreeRate) {
        return new KellySizer(riskFreeRate, DEFAULT_FRACTION, 1.0, DEFAULT_MIN_TRADES, 0,
                Sizers.percentOfEquity(DEFAULT_FALLBACK_FRACTION));
    }

    /** The same sizer taking {@code fraction} of the Kelly fraction (1 = full Kelly). */
    public KellySizer fraction(double fraction) {
        return new KellySizer(riskFreeRate, fraction, cap, minTrades, lookback, fallback);
    }

    /** The same sizer with the position value capped at {@code cap * equity} (YAML {@code max_leverage}). */
    public KellySizer cap(double cap) {
        return new KellySizer(riskFreeRate, fraction, cap, minTrades, lookback, fallback);
    }

    /** The same sizer needing {@code minTrades} closed trades before Kelly is used. */
    public KellySizer minTrades(int minTrades) {
        return new KellySizer(riskFreeRate, fraction, cap, minTrades, lookback, fallback);
    }

    /** The same sizer reading the last {@code lookback} closed trades (0 = all). */
    public KellySizer lookback(int lookback) {
        return new KellySizer(riskFreeRate, fraction, cap, minTrades, lookback, fallback);
    }

    /** The same sizer deferring to {@code fallback} until {@code minTrades} closed trades exist. */
    public KellySizer fallback(PositionSizer fallback) {
        return new KellySizer(riskFreeRate, fraction, cap, minTrades, lookback, fallback);
    }

    @Override
    public double shares(SizingContext context) {
        Tally tally = new Tally();
        tally.catchUp(context.history(), this);
        return size(context, tally);
    }

    /** The shares for the statistics in {@code tally}: the fallback before {@code minTrades} trades. */
    private double size(SizingContext context, Tally tally) {
        int n = tally.trades();
        context.explain(TRADES, n);
        if (n < minTrades) {
            context.explain(FALLBACK, 1);
            double shares = fallback.shares(context);
            return shares > 0 && shares < Double.POSITIVE_INFINITY ? shares : 0;
        }
        int wins = tally.wins;
        int losses = tally.losses;
        double winRate = (double) wins / n;
        double payoff = Double.NaN;
        double raw;
        if (wins == 0) {
            raw = losses == 0 ? 0 : -1;
        } else if (losses == 0) {
            raw = winRate;
        } else {
            payoff = (tally.gains / wins) / (tally.lossSum / losses);
            raw = winRate - (1 - winRate) / payoff;
        }
        double taken = Math.max(0.0, Math.min(cap, fraction * raw));
        context.explain(WIN_RATE, winRate);
        context.explain(PAYOFF, payoff);
        context.explain(RAW, raw);
        context.explain(FRACTION, taken);
        double equity = context.equity();
        double price = context.price();
        if (!(taken > 0 && equity > 0 && price > 0) || Double.isInfinite(equity) || Double.isInfinite(price)) {
            return 0;
        }
        return taken * equity / price;
    }

    /**
     * Win and loss statistics of the excess returns in the look-back window, kept up to date as trades
     * close: each trade is added once and, with a look-back, removed once, so a decision costs O(1)
     * however long the run.
     */
    private static final class Tally {
        private int added;
        private int removed;
        int wins;
        int losses;
        double gains;
        double lossSum;

        int trades() {
            return added - removed;
        }

        void catchUp(TradeHistory history, KellySizer kelly) {
            int count = history.count();
            while (added < count) {
                count(kelly.excess(history, added), 1);
                added++;
            }
            int first = kelly.lookback > 0 ? Math.max(0, count - kelly.lookback) : 0;
            while (removed < first) {
                count(kelly.excess(history, removed), -1);
                removed++;
            }
        }

        private void count(double excess, int sign) {
            if (excess > 0) {
                wins += sign;
                gains += sign * excess;
            } else if (excess < 0) {
                losses += sign;
                lossSum -= sign * excess;
            }
        }
    }

    private double excess(TradeHistory history, int k) {
        return history.netReturn(k) - riskFreeRate * history.yearsHeld(k);
    }

    /** The sizer one run uses: its own tally of the run's trades. */
    static final class RunKelly implements PositionSizer {
        private final KellySizer kelly;
        private final Tally tally = new Tally();

        RunKelly(KellySizer kelly) {
            this.kelly = kelly;
        }

        /** The parameters it sizes with. */
        KellySizer kelly() {
            return kelly;
        }

        @Override
        public double shares(SizingContext context) {
            tally.catchUp(context.history(), kelly);
            return kelly.size(context, tally);
        }

        @Override
        public String toString() {
            return kelly.toString();
        }
    }

    @Override
    public PositionSizer forRun() {
        return new RunKelly(fallback(fallback.forRun()));
    }

    /** Binds the fallback when it reads indicators; otherwise this sizer as it is. */
    @Override
    public PositionSizer declareOn(StrategyBuilder builder) {
        if (fallback instanceof UsesIndicators<?> user) {
            Object bound = user.declareOn(builder);
            if (!(bound instanceof PositionSizer sizer)) {
                throw new IllegalStateException("declareOn() of the Kelly fallback " + fallback + " returned " + bound
                        + ", not a PositionSizer");
            }
            return fallback(sizer);
        }
        return this;
    }

    @Override
    public String toString() {
        return "kelly(riskFreeRate=" + riskFreeRate + ", fraction=" + fraction + ", cap=" + cap + ", minTrades="
                + minTrades + ", lookback=" + lookback + ", fallback=" + fallback + ")";
    }
}
