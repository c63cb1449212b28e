package dev.backtester.indicators.volume;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

/**
 * On-balance volume (Granville 1963). TA-Lib: OBV. Starts, as in TA-Lib, at the volume of bar 0
 * (not at 0), then adds the bar's volume when the price rises, subtracts it when it falls, and
 * keeps it when unchanged. Lookback 0. Output: {@code value}. The level depends on where the
 * series starts; only its changes are meaningful. A NaN input makes this and every later output NaN.
 */
public final class Obv extends AbstractIndicator {

    private final Source source;

    /** OBV of the close. */
    public Obv() {
        this(Source.CLOSE);
    }

    /** @param source price compared bar to bar */
    public Obv(Source source) {
        super(name(source), 0, "value");
        this.source = source;
    }

    private static String name(Source source) {
        Params.notNull("obv", "source", source);
        return "obv(" + source.label() + ")";
    }

    /**
     * OBV from index 0 (the kernel alone does not apply the NaN rule).
     *
     * @param price  prices
     * @param volume volumes, as long as {@code price}
     * @param out    output, as long as {@code price}
     */
    public static void compute(double[] price, double[] volume, double[] out) {
        int n = price.length;
        Params.sameLength("obv", "volume", volume.length, "price", n);
        Params.sameLength("obv", "out", out.length, "price", n);
        if (n == 0) {
            return;
        }
        double obv = volume[0];
        double prev = price[0];
        out[0] = obv;
        for (int i = 1; i < n; i++) {
            double x = price[i];
            obv = step(obv, x, prev, volume[i]);
            out[i] = obv;
            prev = x;
        }
    }

    private static double step(double obv, double price, double prev, double volume) {
        if (price > prev) {
            return obv + volume;
        }
        return price < prev ? obv - volume : obv;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        double[] price = source.values(bars);
        compute(price, bars.volume(), out[0]);
        NaNs.poison(out, price, bars.volume());
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private boolean started;
            private boolean poisoned;
            private double prev;
            private double obv;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double price = source.of(open, high, low, close, volume);
                poisoned |= Double.isNaN(price) || Double.isNaN(volume);
                obv = started ? step(obv, price, prev, volume) : volume;
                started = true;
                prev = price;
                values[0] = poisoned ? Double.NaN : obv;
            }
        };
    }
}
