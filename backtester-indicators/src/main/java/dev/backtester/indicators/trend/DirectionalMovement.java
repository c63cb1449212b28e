package dev.backtester.indicators.trend;

import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.volatility.TrueRange;

import java.util.Arrays;

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

    /** The lines of the system, each with the short name and smallest period of its indicator. */
    enum Line {
        PLUS_DI("plus_di", 1),
        MINUS_DI("minus_di", 1),
        ADX("adx", 2);

        final String indicator;
        final int minPeriod;

        Line(String indicator, int minPeriod) {
            this.indicator = indicator;
            this.minPeriod = minPeriod;
        }
    }

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
        double plus = up > down ? Math.max(up, 0.0) : 0.0;
        double minus = down > up ? Math.max(down, 0.0) : 0.0;
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

    /** @return the line's value after the last {@link #update}, NaN during its warm-up */
    double value(Line line) {
        switch (line) {
            case PLUS_DI:
                return plusDi;
            case MINUS_DI:
                return minusDi;
            default:
                return adx;
        }
    }

    /**
     * Batch kernel of one line. The same arithmetic as {@link #update} in local variables, which
     * the JIT keeps in registers.
     */
    static void compute(double[] high, double[] low, double[] close, int period, Line line, double[] out) {
        int n = close.length;
        if (line == Line.ADX) {
            adx(high, low, close, period, out);
        } else {
            directional(high, low, close, period, line == Line.PLUS_DI, out);
        }
        Arrays.fill(out, NaNs.first(high, low, close), n, Double.NaN);
    }

    /** +DI or -DI alone: only one directional movement and one division per bar. */
    private static void directional(double[] high, double[] low, double[] close, int period, boolean plusSide,
                                    double[] out) {
        int n = close.length;
        double inv = 1.0 / period;
        double dm = 0.0;
        double tr = 0.0;
        Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
        for (int i = 1; i < n; i++) {
            double up = high[i] - high[i - 1];
            double down = low[i - 1] - low[i];
            // select, not branch: the direction of each bar's move is unpredictable
            double move = plusSide ? (up > down ? Math.max(up, 0.0) : 0.0) : (down > up ? Math.max(down, 0.0) : 0.0);
            double range = TrueRange.of(high[i], low[i], close[i - 1]);
            if (i < period) {
                dm += move;
                tr += range;
                continue;
            }
            dm = dm - dm * inv + move;
            tr = tr - tr * inv + range;
            out[i] = tr == 0.0 ? 0.0 : 100.0 * (dm / tr);
        }
    }

    private static void adx(double[] high, double[] low, double[] close, int period, double[] out) {
        int n = close.length;
        double inv = 1.0 / period;
        double plusDm = 0.0;
        double minusDm = 0.0;
        double tr = 0.0;
        double sumDx = 0.0;
        double adx = Double.NaN;
        Arrays.fill(out, 0, Math.min(2 * period - 1, n), Double.NaN);
        for (int i = 1; i < n; i++) {
            double up = high[i] - high[i - 1];
            double down = low[i - 1] - low[i];
            double plus = up > down ? Math.max(up, 0.0) : 0.0;
            double minus = down > up ? Math.max(down, 0.0) : 0.0;
            double range = TrueRange.of(high[i], low[i], close[i - 1]);
            if (i < period) {
                plusDm += plus;
                minusDm += minus;
                tr += range;
                continue;
            }
            plusDm = plusDm - plusDm * inv + plus;
            minusDm = minusDm - minusDm * inv + minus;
            tr = tr - tr * inv + range;
            double plusDi;
            double minusDi;
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
                out[i] = adx;
            } else {
                if (defined) {
                    adx = (adx * (period - 1) + dx) / period;
                }
                out[i] = adx;
            }
        }
    }
}
