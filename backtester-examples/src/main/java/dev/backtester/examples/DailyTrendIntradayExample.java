package dev.backtester.examples;

import dev.backtester.api.Condition;
import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.SessionCalendar;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;
import dev.backtester.core.timeframe.HigherBars;
import dev.backtester.core.timeframe.Timeframe;
import dev.backtester.core.timeframe.Timeframes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A multi-timeframe strategy: 5-minute entries, only in the direction of the daily trend.
 *
 * <p>The trend is the last COMPLETED daily session (Europe/Berlin 09:00-17:30): up while its close is above
 * the 5-day average of daily closes, down while below. In an up trend a 5-minute EMA(12) crossing above
 * EMA(48) goes long; in a down trend the opposite cross goes short. A position closes on the opposite
 * cross or when the daily trend turns against it. During a session the daily values are those of the
 * previous session; they change at 17:30, when the session's last bar completes the day.
 *
 * <p>Data: the bundled 5-minute bars of a European index, 2006-01-02 .. 2006-01-30 (bar end times in
 * Europe/Berlin), so the daily average has values from the fifth session on.
 */
public final class DailyTrendIntradayExample {
    /** The bundled 5-minute file (a copy of the shared sample, header {@code Date,Time,Open,...}). */
    static final String FILE = "2006-min-005.csv";
    /** Sessions of the index, derived from the data's first and last bar of each day. */
    static final SessionCalendar SESSIONS = Calendars.europeanIndex();
    static final int DAILY_SMA = 5;

    private DailyTrendIntradayExample() {
    }

    /** The bundled 5-minute index bars. */
    public static BarSeries fiveMinuteBars() {
        try (InputStream in = DailyTrendIntradayExample.class.getResourceAsStream("/data/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource /data/" + FILE + " is missing from the class path");
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new CsvBarReader(CsvFormat.dateTimeColumns().withZone(SESSIONS.zone())).parse(FILE, content, "INDEX")
                    .series();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + FILE, e);
        }
    }

    /** The strategy; see the class documentation. */
    public static Strategy strategy() {
        StrategyBuilder b = StrategyBuilder.named("daily-trend-5m");
        HigherBars daily = b.indicator(Timeframes.bars(Timeframe.DAY, SESSIONS));
        Series dailyAverage = b.indicator(Timeframes.on(Timeframe.DAY, SESSIONS, Indicators.sma(DAILY_SMA)));
        Series fast = b.indicator(Indicators.ema(12));
        Series slow = b.indicator(Indicators.ema(48));
        // comparisons with NaN are false: no trend, so no entry, until the daily average exists
        Condition upTrend = w -> w.value(daily.close()) > w.value(dailyAverage);
        Condition downTrend = w -> w.value(daily.close()) < w.value(dailyAverage);
        Condition crossUp = w -> w.crossedAbove(fast, slow);
        Condition crossDown = w -> w.crossedBelow(fast, slow);
        return b.entryLong(upTrend.and(crossUp))
                .exitLong(downTrend.or(crossDown))
                .entryShort(downTrend.and(crossDown))
                .exitShort(upTrend.or(crossUp))
                .sizing(Sizers.percentOfEquity(0.9))
                .commission(Commissions.percentOfValue(0.0002))
                .build();
    }

    /** Runs the strategy on the bundled 5-minute bars. */
    public static RunResult run() {
        return Backtest.of(strategy()).initialCapital(100_000).run(fiveMinuteBars());
    }

    public static void main(String[] args) {
        new ReportPrinter(System.out, SESSIONS.zone()).print(run(), 5);
    }
}
