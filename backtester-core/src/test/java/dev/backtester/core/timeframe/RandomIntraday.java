package dev.backtester.core.timeframe;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.BarSeriesBuilder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * Random but valid intraday bars, reproducible from a seed: mostly regular steps, with skipped bars, jumps
 * to the next days (weekends included) and bars before and after a 09:00-17:30 session.
 */
final class RandomIntraday {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long MINUTE = 60_000L;
    /** 2006-01-02 08:00 Berlin, a Monday morning before the open. */
    static final long START = LocalDateTime.of(2006, 1, 2, 8, 0).atZone(BERLIN).toInstant().toEpochMilli();

    private RandomIntraday() {
    }

    static BarSeries series(long seed, int n, int barMinutes) {
        return continued(null, -1, seed, n, barMinutes);
    }

    /**
     * {@code base}'s bars 0..{@code keep}, then other random bars (other values, other times) up to {@code n}
     * bars; with a null base, {@code n} random bars from {@link #START}.
     */
    static BarSeries continued(BarSeries base, int keep, long seed, int n, int barMinutes) {
        Random random = new Random(seed);
        BarSeriesBuilder bars = new BarSeriesBuilder(n);
        long time = START;
        double price = 50 + random.nextDouble() * 50;
        for (int i = 0; i <= keep; i++) {
            bars.add(base.time(i), base.open(i), base.high(i), base.low(i), base.close(i), base.volume(i));
            time = base.time(i);
            price = base.close(i);
        }
        long step = barMinutes * MINUTE;
        for (int i = keep + 1; i < n; i++) {
            int jump = random.nextInt(40);
            if (jump == 0) {
                time += (12 + random.nextInt(60)) * 60 * MINUTE; // overnight or over a weekend
            } else if (jump < 6) {
                time += (1 + random.nextInt(4)) * step; // missing bars
            } else {
                time += step;
            }
            double open = price * (1 + random.nextGaussian() * 0.002);
            double close = open * (1 + random.nextGaussian() * 0.004);
            double high = Math.max(open, close) * (1 + random.nextDouble() * 0.002);
            double low = Math.min(open, close) * (1 - random.nextDouble() * 0.002);
            bars.add(time, open, high, low, close, 1 + random.nextInt(1000));
            price = close;
        }
        return bars.build("R");
    }
}
