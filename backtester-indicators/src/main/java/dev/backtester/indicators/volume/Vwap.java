package dev.backtester.indicators.volume;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Session-anchored volume-weighted average price: {@code sum(price * volume) / sum(volume)} over
 * the bars of the current session, reset at each session start. Not in TA-Lib. Default price:
 * the typical price (StockCharts ChartSchool, "VWAP"). Lookback 0. Output: {@code value}.
 *
 * <p>A session is a calendar date in {@code zone} (default UTC). Bar times are bar ENDS, so a bar
 * belongs to the date of the last millisecond it covers ({@code time - 1}): a bar ending exactly
 * at midnight closes the old day rather than opening the new one. While a session has no volume
 * yet, the plain mean of its prices is returned (no bar can be weighted). A NaN input makes this
 * and every later output NaN, across sessions.
 */
public final class Vwap extends AbstractIndicator {

    private final Source source;
    private final ZoneId zone;

    /** Typical price, sessions are UTC dates. */
    public Vwap() {
        this(Source.TYPICAL, ZoneOffset.UTC);
    }

    /**
     * @param source price weighted by volume
     * @param zone   time zone whose calendar dates delimit the sessions
     */
    public Vwap(Source source, ZoneId zone) {
        super(name(source, zone), 0, "value");
        this.source = source;
        this.zone = zone;
    }

    private static String name(Source source, ZoneId zone) {
        Params.notNull("vwap", "source", source);
        Params.notNull("vwap", "zone", zone);
        return "vwap(" + source.label() + "," + zone.getId() + ")";
    }

    /**
     * Session VWAP from index 0.
     *
     * @param time   bar end times, UTC epoch milliseconds
     * @param price  prices, as long as {@code time}
     * @param volume volumes, as long as {@code time}
     * @param zone   time zone of the session dates
     * @param out    output, as long as {@code time}
     */
    public static void compute(long[] time, double[] price, double[] volume, ZoneId zone, double[] out) {
        Params.notNull("vwap", "zone", zone);
        int n = time.length;
        Params.sameLength("vwap", "price", price.length, "time", n);
        Params.sameLength("vwap", "volume", volume.length, "time", n);
        Params.sameLength("vwap", "out", out.length, "time", n);
        State state = new State(zone);
        for (int i = 0; i < n; i++) {
            out[i] = state.update(time[i], price[i], volume[i]);
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.time(), source.values(bars), bars.volume(), zone, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(zone);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                values[0] = state.update(time, source.of(open, high, low, close, volume), volume);
            }
        };
    }

    /** Cumulative sums since the session start; the kernel runs the same code. */
    private static final class State {
        private final ZoneId zone;
        // current session as [start, end) in epoch ms; recomputed (allocating) only when a bar leaves it
        private long sessionStart = Long.MAX_VALUE;
        private long sessionEnd = Long.MIN_VALUE;
        private double sumPv;
        private double sumV;
        private double sumP;
        private int count;
        private boolean poisoned;

        State(ZoneId zone) {
            this.zone = zone;
        }

        double update(long time, double price, double volume) {
            long instant = time - 1;
            if (instant < sessionStart || instant >= sessionEnd) {
                LocalDate date = Instant.ofEpochMilli(instant).atZone(zone).toLocalDate();
                sessionStart = date.atStartOfDay(zone).toInstant().toEpochMilli();
                sessionEnd = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
                sumPv = 0.0;
                sumV = 0.0;
                sumP = 0.0;
                count = 0;
            }
            poisoned |= Double.isNaN(price) || Double.isNaN(volume);
            sumPv += price * volume;
            sumV += volume;
            sumP += price;
            count++;
            if (poisoned) {
                return Double.NaN;
            }
            return sumV == 0.0 ? sumP / count : sumPv / sumV;
        }
    }
}
