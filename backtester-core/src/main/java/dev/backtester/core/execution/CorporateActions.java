package dev.backtester.core.execution;

import dev.backtester.api.corporate.CorporateAction;
import dev.backtester.api.data.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Corporate actions derived from an adjusted-close column, and prices adjusted with it.
 *
 * <h2>Derivation rule</h2>
 * Let {@code f[t] = adjustedClose[t] / close[t]}, the factor that adjusts bar t's prices for the
 * dividends (and splits) after it. Between two bars the factor only changes at an ex-date, where the
 * provider divides all earlier prices by the event's adjustment: for a cash dividend D going ex at
 * bar t the earlier factors are multiplied by {@code (1 - D / close[t-1])}, so
 * {@code D = close[t-1] * (1 - f[t-1] / f[t])}. A split of r new shares per old multiplies the earlier
 * factors by {@code 1 / r} when the close is raw (not split-adjusted), so {@code r = f[t] / f[t-1]}.
 * <ul>
 *   <li>{@code f[t] / f[t-1] - 1} within {@link #TOLERANCE} of zero: no event (rounding of the 6-decimal
 *       adjusted close);</li>
 *   <li>a rise of up to {@link #MAX_DIVIDEND_YIELD} (the factor moves by at most that for a dividend):
 *       a cash dividend {@code D} as above, rounded to 1/10,000 of a price unit;</li>
 *   <li>a larger rise, or any fall: a split of ratio {@code f[t] / f[t-1]}, which only happens when the
 *       close is raw.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 * Yahoo-style files such as the bundled ones have a split-adjusted Close and an Adj Close adjusted for
 * splits and dividends: their factor changes at ex-dividend dates only (checked on the bundled ORCL and
 * NVDA files, whose derived dividends are the companies' quarterly 0.05/0.06 and 0.075/0.085), splits
 * are already in the prices and none is derived. Prices and dividends are then in split-adjusted units,
 * share counts likewise. A dividend above {@link #MAX_DIVIDEND_YIELD} of the price would be taken for a
 * split, and a split together with a dividend on one bar is read as one split; special dividends and
 * spin-offs that the provider adjusts like dividends come out as cash dividends. Rounding of the
 * adjusted close limits the amounts to about 1e-4.
 */
public final class CorporateActions {
    /** Relative factor change below which no event is derived. */
    public static final double TOLERANCE = 2e-5;
    /** Largest relative factor change read as a dividend rather than a split. */
    public static final double MAX_DIVIDEND_YIELD = 0.25;

    private CorporateActions() {
    }

    /**
     * The splits and cash dividends implied by {@code bars}' adjusted-close column, each effective at
     * its ex-date bar's time.
     *
     * @throws IllegalArgumentException when the series has no adjusted-close column
     */
    public static List<CorporateAction> fromAdjustedClose(BarSeries bars) {
        requireAdjusted(bars);
        List<CorporateAction> actions = new ArrayList<>();
        for (int t = 1; t < bars.size(); t++) {
            double before = bars.adjustedClose(t - 1) / bars.close(t - 1);
            double now = bars.adjustedClose(t) / bars.close(t);
            double change = now / before - 1;
            if (Math.abs(change) <= TOLERANCE) {
                continue;
            }
            if (change > 0 && change <= MAX_DIVIDEND_YIELD) {
                double dividend = Math.round(bars.close(t - 1) * (1 - before / now) * 10_000) / 10_000.0;
                if (dividend > 0) {
                    actions.add(new CorporateAction(bars.symbol(), bars.time(t), CorporateAction.Kind.CASH_DIVIDEND,
                            dividend));
                }
            } else {
                actions.add(new CorporateAction(bars.symbol(), bars.time(t), CorporateAction.Kind.SPLIT, now / before));
            }
        }
        return actions;
    }

    /**
     * {@code bars} with open, high, low and close multiplied by each bar's factor
     * {@code adjustedClose / close}; volume and times unchanged, the adjusted-close column kept.
     *
     * @throws IllegalArgumentException when the series has no adjusted-close column
     */
    public static BarSeries adjustedPrices(BarSeries bars) {
        requireAdjusted(bars);
        int n = bars.size();
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) {
            double f = bars.adjustedClose(t) / bars.close(t);
            o[t] = bars.open(t) * f;
            h[t] = bars.high(t) * f;
            l[t] = bars.low(t) * f;
            c[t] = bars.adjustedClose(t);
            v[t] = bars.volume(t);
            adjusted[t] = bars.adjustedClose(t);
        }
        return new BarSeries(bars.symbol(), bars.times(), o, h, l, c, v, adjusted);
    }

    private static void requireAdjusted(BarSeries bars) {
        if (!bars.hasAdjustedClose()) {
            throw new IllegalArgumentException(bars.symbol() + " has no adjusted-close column; read it with"
                    + " CsvFormat.yahoo() from a file with an 'Adj Close' column, or attach one with withAdjustedClose");
        }
    }
}
