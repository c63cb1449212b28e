package dev.backtester.benchmarks.data;

import dev.backtester.api.Condition;
import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.Session;
import dev.backtester.core.calendar.SessionCalendar;
import dev.backtester.core.data.BarSeriesBuilder;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;
import dev.backtester.core.timeframe.Timeframe;
import dev.backtester.core.timeframe.Timeframes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A 1-minute backtest of 20 symbols x 1 year (252 sessions of 390 minutes: 1,965,600 bars) from one shared
 * account, with a daily trend filter computed on resampled sessions, run to show it fits a 512 MB heap:
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.backtester.benchmarks.data.MinuteBacktestMemory
 * </pre>
 *
 * The bars are generated in memory (US equity sessions, New York time) so that the figure is the
 * backtest's, not a loader's; the input series stay referenced throughout, as in a host application.
 */
public final class MinuteBacktestMemory {
    static final int SYMBOLS = 20;
    static final int SESSIONS = 252;

    private MinuteBacktestMemory() {
    }

    public static void main(String[] args) throws Exception {
        SessionCalendar calendar = Calendars.usEquities();
        List<BarSeries> series = new ArrayList<>();
        for (int s = 0; s < SYMBOLS; s++) {
            series.add(minuteBars(String.format(Locale.ROOT, "M%02d", s), s, calendar));
        }
        long bars = series.stream().mapToLong(BarSeries::size).sum();
        RunResult result;
        try (HeapWatch watch = HeapWatch.start()) {
            long started = System.nanoTime();
            result = Backtest.of(strategy(calendar)).initialCapital(1_000_000).journal(false).run(series);
            long elapsed = System.nanoTime() - started;
            System.out.printf(Locale.ROOT, "%d symbols, %,d one-minute bars, %,d trades, final equity %,.0f in %.1f s;"
                    + " %s (before = the input bars)%n", SYMBOLS, bars, result.trades().size(),
                    result.metrics().finalEquity(), elapsed / 1e9, watch.summary());
        }
        System.gc();
        System.out.printf(Locale.ROOT, "live after the run (input bars and result still referenced, after a full GC): "
                + "%.1f MB%n", HeapWatch.usedMb());
        if (result.trades().isEmpty()) {
            throw new IllegalStateException("the strategy should trade");
        }
    }

    /** EMA(20)/EMA(60) crosses on minutes, long only while the last completed session closed above its 10-day average. */
    static Strategy strategy(SessionCalendar calendar) {
        StrategyBuilder b = StrategyBuilder.named("minute-cross-daily-filter");
        Series fast = b.indicator(Indicators.ema(20));
        Series slow = b.indicator(Indicators.ema(60));
        // one column for the daily close rather than the six of Timeframes.bars: every output is a full-length column
        Series dailyClose = b.indicator(Timeframes.price(Timeframe.DAY, calendar, PriceField.CLOSE));
        Series dailyAverage = b.indicator(Timeframes.on(Timeframe.DAY, calendar, Indicators.sma(10)));
        Condition upTrend = w -> w.value(dailyClose) > w.value(dailyAverage);
        return b.entryLong(upTrend.and(w -> w.crossedAbove(fast, slow)))
                .exitLong(w -> w.crossedBelow(fast, slow))
                .sizing(Sizers.percentOfEquity(0.04))
                .build();
    }

    /** 390 one-minute bars in each of the first {@link #SESSIONS} sessions of 2019. */
    static BarSeries minuteBars(String symbol, long seed, SessionCalendar calendar) {
        Random random = new Random(seed);
        BarSeriesBuilder bars = new BarSeriesBuilder(SESSIONS * 390);
        double logPrice = Math.log(50 + random.nextInt(100));
        double anchor = logPrice;
        int sessions = 0;
        for (LocalDate date = LocalDate.of(2019, 1, 2); sessions < SESSIONS; date = date.plusDays(1)) {
            Session session = calendar.session(date);
            if (session == null) {
                continue;
            }
            sessions++;
            for (long end = session.open() + 60_000; end <= session.close(); end += 60_000) {
                double open = Math.exp(logPrice + random.nextGaussian() * 0.0003);
                logPrice += -0.0005 * (logPrice - anchor) + random.nextGaussian() * 0.0008;
                double close = Math.exp(logPrice);
                double high = Math.max(open, close) * (1 + random.nextDouble() * 0.0005);
                double low = Math.min(open, close) * (1 - random.nextDouble() * 0.0005);
                bars.add(end, open, high, low, close, 100 + random.nextInt(10_000));
            }
        }
        return bars.build(symbol);
    }
}
