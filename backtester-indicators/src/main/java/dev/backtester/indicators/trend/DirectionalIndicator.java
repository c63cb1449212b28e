package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;

/**
 * One line of the {@link DirectionalMovement} system as an indicator on high, low and close:
 * what {@link PlusDi}, {@link MinusDi} and {@link Adx} have in common. Output: {@code value}.
 */
abstract class DirectionalIndicator extends AbstractIndicator {

    private final DirectionalMovement.Line line;
    private final int period;

    DirectionalIndicator(DirectionalMovement.Line line, int period, int lookback) {
        super(name(line, period), lookback, "value");
        this.line = line;
        this.period = period;
    }

    private static String name(DirectionalMovement.Line line, int period) {
        Params.atLeast(line.indicator, "period", period, line.minPeriod);
        return line.indicator + "(" + period + ")";
    }

    /** The public kernels of the subclasses: checks the arguments in the name of the line's indicator. */
    static void compute(DirectionalMovement.Line line, double[] high, double[] low, double[] close, int period,
                        double[] out) {
        String indicator = line.indicator;
        Params.atLeast(indicator, "period", period, line.minPeriod);
        Params.sameLength(indicator, "high", high.length, "close", close.length);
        Params.sameLength(indicator, "low", low.length, "close", close.length);
        Params.sameLength(indicator, "out", out.length, "close", close.length);
        DirectionalMovement.compute(high, low, close, period, line, out);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        DirectionalMovement.compute(bars.high(), bars.low(), bars.close(), period, line, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        DirectionalMovement dm = new DirectionalMovement(period);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                dm.update(high, low, close);
                values[0] = dm.value(line);
            }
        };
    }
}
