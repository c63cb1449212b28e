package dev.backtester.indicators.trend;

import dev.backtester.indicators.volatility.TrueRange;

/**
 * Wilder's directional movement system (Wilder 1978) with TA-Lib's start-up, shared by
 * {@link PlusDi}, {@link MinusDi} and {@link Adx}.
 *
 * <p>From bar 1: {@code +DM = high - prevHigh} when it is positive and larger than
 * {@code -DM = prevLow - low} (and symmetrically), else 0; TR is the true range. The first
 * {@code period-1} values (bars 1..period-1) are summed, then each bar
 * {@code s = s - s/period + x} (Wilder's running sum), so +DI and -DI ({@code 100*s(DM)/s(TR)}, 0
 * when s(TR) is 0) start at bar {@code period}. DX = {@code 100*|+DI - -DI|/(+DI + -DI)}; the
 * first ADX, at bar {@code 2*period-1}, is the mean of the DX of bars period..2*period-1, then
 * {@code adx = (adx*(period-1) + dx)/period}. A bar where DX is undefined (zero range or zero DI
 * sum) leaves ADX unchanged, as in TA-Lib. A NaN input makes every output NaN from its bar on.
 */
final class DirectionalMovement {

    private final int period;
    private final double inv;
    private int bars;
    private boolean poisoned;
    private double prevHigh;
    private double prevLow;
    private double prevClose;
    private double plusDm;
    private double minusDm;
    private double tr;
    private double sumDx;
    private double adx = Double.NaN;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;

    DirectionalMovement(int period) {
        this.period = period;
        this.inv = 1.0 / period;
    }

    void update(double high, double low, double close) {
        int i = bars++;
        poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close);
        double ph = prevHigh;
        double pl = prevLow;
        double pc = prevClose;
        prevHigh = high;
        prevLow = low;
        prevClose = close;
        if (poisoned) {
            plusDi = Double.NaN;
            minusDi = Double.NaN;
            adx = Double.NaN;
            return;
        }
        if (i == 0) {
            return;
        }
        double up = high - ph;
        double down = pl - low;
        double plus = up > 0 && up > down ? up : 0.0;
        double minus = down > 0 && down > up ? down : 0.0;
        double range = TrueRange.of(high, low, pc);
        if (i < period) {
            plusDm += plus;
            minusDm += minus;
            tr += range;
            return;
        }
        plusDm = plusDm - plusDm * inv + plus;
        minusDm = minusDm - minusDm * inv + minus;
        tr = tr - tr * inv + range;
        if (tr == 0.0) {
            plusDi = 0.0;
            minusDi = 0.0;
        } else {
            plusDi = 100.0 * (plusDm / tr);
            minusDi = 100.0 * (minusDm / tr);
        }
        double diSum = plusDi + minusDi;
        boolean defined = tr != 0.0 && diSum != 0.0;
        double dx = defined ? 100.0 * (Math.abs(plusDi - minusDi) / diSum) : 0.0;
        if (i < 2 * period - 1) {
            sumDx += dx;
        } else if (i == 2 * period - 1) {
            adx = (sumDx + dx) / period;
        } else if (defined) {
            adx = (adx * (period - 1) + dx) / period;
        }
    }

    double plusDi() {
        return plusDi;
    }

    double minusDi() {
        return minusDi;
    }

    double adx() {
        return adx;
    }

    /** Runs the state over arrays; {@code which} is 0 for +DI, 1 for -DI, 2 for ADX. */
    static void compute(double[] high, double[] low, double[] close, int period, int which, double[] out) {
        DirectionalMovement dm = new DirectionalMovement(period);
        for (int i = 0; i < close.length; i++) {
            dm.update(high[i], low[i], close[i]);
            out[i] = which == 0 ? dm.plusDi : which == 1 ? dm.minusDi : dm.adx;
        }
    }
}
