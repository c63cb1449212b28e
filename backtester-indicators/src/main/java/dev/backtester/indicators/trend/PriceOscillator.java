package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;
import java.util.Locale;

/**
 * Difference of a fast and a slow moving average, the indicator behind {@link Apo} (absolute) and
 * {@link Ppo} (in percent of the slow average), which differ only in that last step. Both
 * averages start at bar 0 (with EMAs each is seeded with the SMA of its own first inputs): TA-Lib
 * does so for APO and PPO, unlike MACD, whose fast EMA it seeds to end with the slow one's seed.
 * Lookback {@code slowPeriod-1}.
 */
abstract class PriceOscillator extends AbstractIndicator {

    private final Source source;
    private final int fastPeriod;
    private final int slowPeriod;
    private final MaType maType;
    private final boolean percent;

    /**
     * @param indicator short name, e.g. {@code "apo"}
     * @param percent   whether the difference is in percent of the slow average
     */
    PriceOscillator(String indicator, boolean percent, Source source, int fastPeriod, int slowPeriod, MaType maType) {
        super(name(indicator, source, fastPeriod, slowPeriod, maType), slowPeriod - 1, "value");
        this.source = source;
        this.fastPeriod = fastPeriod;
        this.slowPeriod = slowPeriod;
        this.maType = maType;
        this.percent = percent;
    }

    private static String name(String indicator, Source source, int fast, int slow, MaType type) {
        Params.notNull(indicator, "source", source);
        validate(indicator, fast, slow, type);
        return indicator + "(" + source.label() + "," + fast + "," + slow + "," + type.name().toLowerCase(Locale.ROOT) + ")";
    }

    private static void validate(String indicator, int fast, int slow, MaType type) {
        Params.atLeast(indicator, "fastPeriod", fast, 1);
        Params.less(indicator, "fastPeriod", fast, "slowPeriod", slow);
        Params.notNull(indicator, "maType", type);
    }

    /** The public kernels of the subclasses: checks the arguments in the name of {@code indicator}. */
    static void compute(String indicator, boolean percent, double[] in, int fast, int slow, MaType type,
                        double[] out) {
        validate(indicator, fast, slow, type);
        Params.sameLength(indicator, "out", out.length, "in", in.length);
        oscillator(in, fast, slow, type, percent, out);
    }

    private static void oscillator(double[] in, int fast, int slow, MaType type, boolean percent, double[] out) {
        int n = in.length;
        double[] fastMa = new double[n];
        if (type == MaType.EMA) {
            Ema.compute(in, 0, fast, EmaSeed.SMA, fastMa);
            Ema.compute(in, 0, slow, EmaSeed.SMA, out);
        } else {
            Sma.compute(in, 0, fast, fastMa);
            Sma.compute(in, 0, slow, out);
        }
        for (int i = slow - 1; i < n; i++) {
            out[i] = value(fastMa[i], out[i], percent);
        }
        Arrays.fill(out, 0, Math.min(slow - 1, n), Double.NaN);
    }

    private static double value(double fastMa, double slowMa, boolean percent) {
        if (!percent) {
            return fastMa - slowMa;
        }
        // TA-Lib's convention for a zero slow average
        return slowMa == 0.0 ? 0.0 : ((fastMa - slowMa) / slowMa) * 100.0;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        oscillator(source.values(bars), fastPeriod, slowPeriod, maType, percent, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(fastPeriod, slowPeriod, maType, percent);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                values[0] = state.update(source.of(open, high, low, close, volume));
            }
        };
    }

    /** Streaming form, bit-identical to {@link #oscillator}. */
    private static final class State {
        private final Sma.State fastSma;
        private final Sma.State slowSma;
        private final Ema.State fastEma;
        private final Ema.State slowEma;
        private final boolean percent;
        private final int slowLookback;
        private int bars;

        State(int fast, int slow, MaType type, boolean percent) {
            this.percent = percent;
            this.slowLookback = slow - 1;
            boolean ema = type == MaType.EMA;
            fastSma = ema ? null : new Sma.State(fast);
            slowSma = ema ? null : new Sma.State(slow);
            fastEma = ema ? new Ema.State(fast, EmaSeed.SMA) : null;
            slowEma = ema ? new Ema.State(slow, EmaSeed.SMA) : null;
        }

        double update(double x) {
            int i = bars++;
            double fastValue;
            double slowValue;
            if (fastEma != null) {
                fastValue = fastEma.update(x);
                slowValue = slowEma.update(x);
            } else {
                fastValue = fastSma.update(x);
                slowValue = slowSma.update(x);
            }
            return i >= slowLookback ? value(fastValue, slowValue, percent) : Double.NaN;
        }
    }
}
