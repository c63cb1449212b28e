package dev.backtester.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.TradingCalendar;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * No value signal logic can read at primary bar t changes when the bars after t change: for every
 * timeframe, with and without a calendar (one with a holiday and a half day), for the last completed
 * higher bar and for indicators on the higher bars. Bars after t are replaced by bars with other values
 * AND other times, so a later bar cannot leak through its timing either.
 */
class NoLookAheadAcrossTimeframesProperties {
    private static final List<Timeframe> TIMEFRAMES = List.of(Timeframe.MINUTES_15, Timeframe.HOUR,
            Timeframe.HOURS_4, Timeframe.DAY, Timeframe.WEEK, Timeframe.MONTH, Timeframe.minutes(7));
    private static final TradingCalendar EXCHANGE = Calendars.europeanIndex()
            .withHolidays(List.of(LocalDate.of(2006, 1, 6)))
            .withEarlyClose(LocalDate.of(2006, 1, 4), LocalTime.of(13, 0));
    private static final List<TradingCalendar> CALENDARS = List.of(Calendars.utc(), EXCHANGE);

    @Property(tries = 100)
    void specValuesUpToTIgnoreLaterBars(@ForAll long seed, @ForAll @IntRange(min = 2, max = 400) int n,
                                        @ForAll @IntRange(min = 0, max = 10_000) int cut,
                                        @ForAll @IntRange(min = 0, max = 2) int barSize) {
        int barMinutes = new int[] {1, 5, 30}[barSize];
        BarSeries original = RandomIntraday.series(seed, n, barMinutes);
        int t = cut % n;
        BarSeries changed = RandomIntraday.continued(original, t, seed ^ 0x5DEECE66DL, n + cut % 7, barMinutes);
        BarSeries prefix = original.prefix(t + 1);

        for (TradingCalendar calendar : CALENDARS) {
            for (Timeframe timeframe : TIMEFRAMES) {
                for (IndicatorSpec<?> spec : specs(timeframe, calendar)) {
                    double[][] full = compute(spec, original);
                    assertSameUpTo(full, compute(spec, changed), t, spec.id() + " with other bars after " + t);
                    assertSameUpTo(full, compute(spec, prefix), t, spec.id() + " on bars 0.." + t + " only");
                }
            }
        }
    }

    @Property(tries = 30)
    void whatSignalLogicReadsUpToTIgnoresLaterBars(@ForAll long seed, @ForAll @IntRange(min = 30, max = 400) int n,
                                                   @ForAll @IntRange(min = 0, max = 10_000) int cut) {
        BarSeries original = RandomIntraday.series(seed, n, 5);
        int t = cut % n;
        BarSeries changed = RandomIntraday.continued(original, t, ~seed, n + 3, 5);

        List<String> seenOriginal = new ArrayList<>();
        List<String> seenChanged = new ArrayList<>();
        Backtest.of(strategy(seenOriginal)).run(original);
        Backtest.of(strategy(seenChanged)).run(changed);

        assertEquals(upTo(seenOriginal, t), upTo(seenChanged, t), "what signal logic read up to bar " + t);
    }

    private static List<IndicatorSpec<?>> specs(Timeframe timeframe, TradingCalendar calendar) {
        return List.of(Timeframes.bars(timeframe, calendar), Timeframes.on(timeframe, calendar, Indicators.sma(3)),
                Timeframes.on(timeframe, calendar, Indicators.ema(2)),
                Timeframes.on(timeframe, calendar, Indicators.bollinger(3, 2)),
                Timeframes.price(timeframe, calendar, PriceField.VOLUME));
    }

    /** Reads the last completed bar and an indicator of several timeframes at every bar, and trades on them. */
    private static Strategy strategy(List<String> seen) {
        StrategyBuilder b = StrategyBuilder.named("mtf-peeker");
        HigherBars daily = b.indicator(Timeframes.bars(Timeframe.DAY, EXCHANGE));
        Series dailySma = b.indicator(Timeframes.on(Timeframe.DAY, EXCHANGE, Indicators.sma(2)));
        Series hourlyEma = b.indicator(Timeframes.on(Timeframe.HOUR, Indicators.ema(3)));
        HigherBars weekly = b.indicator(Timeframes.bars(Timeframe.WEEK));
        return b.signals(w -> {
            double close = w.value(daily.close());
            double sma = w.value(dailySma);
            Signal signal = close > sma ? Signal.LONG : close < sma ? Signal.SHORT : Signal.NONE;
            seen.add(w.bar() + ":" + close + ":" + sma + ":" + w.value(daily.time()) + ":" + w.value(hourlyEma)
                    + ":" + w.value(hourlyEma, 1) + ":" + w.value(weekly.high()) + ":" + w.value(weekly.time())
                    + ":" + w.position() + ":" + w.equity() + ":" + signal);
            return signal;
        }).sizing(Sizers.percentOfEquity(0.5)).warmup(0).build();
    }

    private static double[][] compute(IndicatorSpec<?> spec, BarSeries bars) {
        double[][] out = new double[spec.outputNames().size()][bars.size()];
        spec.compute(bars, out);
        return out;
    }

    private static void assertSameUpTo(double[][] expected, double[][] actual, int t, String what) {
        for (int k = 0; k < expected.length; k++) {
            for (int i = 0; i <= t; i++) {
                assertEquals(Double.doubleToLongBits(expected[k][i]), Double.doubleToLongBits(actual[k][i]),
                        what + ": output " + k + " at bar " + i + " was " + expected[k][i] + ", now " + actual[k][i]);
            }
        }
    }

    private static List<String> upTo(List<String> seen, int t) {
        List<String> out = new ArrayList<>();
        for (String line : seen) {
            if (Integer.parseInt(line.substring(0, line.indexOf(':'))) <= t) {
                out.add(line);
            }
        }
        return out;
    }
}
