package dev.backtester.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.indicators.Indicators;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The multi-timeframe indicator specs: ids, handles and values mapped back to the primary bars. */
class TimeframesTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void idsNameTheTimeframeAndTheCalendar() {
        assertEquals("1d:sma(close,20)", Timeframes.on(Timeframe.DAY, Indicators.sma(20)).id());
        assertEquals("1h:sma(close,20)", Timeframes.on("60m", Indicators.sma(20)).id());
        assertEquals("1w:bars", Timeframes.bars(Timeframe.WEEK).id());
        assertEquals("1mo:close", Timeframes.price(Timeframe.MONTH, PriceField.CLOSE).id());
        String withCalendar = Timeframes.on(Timeframe.DAY, Calendars.europeanIndex(), Indicators.sma(20)).id();
        assertEquals("1d@eu-index[Europe/Berlin 09:00-17:30 MON,TUE,WED,THU,FRI]:sma(close,20)", withCalendar);
        assertNotEquals(Timeframes.on(Timeframe.HOUR, Indicators.sma(20)).id(),
                Timeframes.on(Timeframe.DAY, Indicators.sma(20)).id());
    }

    @Test
    void theSameIndicatorOnTwoTimeframesGetsTwoHandlesAndEqualSpecsShareOne() {
        StrategyBuilder b = StrategyBuilder.named("mtf");
        Series hourly = b.indicator(Timeframes.on(Timeframe.HOUR, Indicators.sma(3)));
        Series daily = b.indicator(Timeframes.on(Timeframe.DAY, Indicators.sma(3)));
        Series dailyAgain = b.indicator(Timeframes.on("1d", Indicators.sma(3)));
        HigherBars bars = b.indicator(Timeframes.bars(Timeframe.DAY));
        assertNotEquals(hourly.slot(), daily.slot());
        assertSame(daily, dailyAgain);
        assertEquals("1d:bars.close", bars.close().name());
        assertEquals("1d:sma(close,3)", daily.name());
    }

    @Test
    void anIndicatorOnDailyBarsIsReadAtEveryPrimaryBarFromTheLastCompletedDay() {
        LocalBars in = new LocalBars(UTC);
        double[] dailyCloses = {10, 20, 30, 40};
        for (int day = 0; day < dailyCloses.length; day++) {
            String date = "2006-01-0" + (2 + day);
            in.bar(date + "T10:00", dailyCloses[day] - 1).bar(date + "T16:00", dailyCloses[day]);
        }
        BarSeries bars = in.build();
        double[][] sma = compute(Timeframes.on(Timeframe.DAY, Indicators.sma(2)), bars);
        double[][] daily = compute(Timeframes.bars(Timeframe.DAY), bars);
        double[][] dailyClose = compute(Timeframes.price(Timeframe.DAY, PriceField.CLOSE), bars);

        double nan = Double.NaN;
        // day d completes at the first bar of day d+1 (no calendar: days end at midnight)
        assertArrayEqualsExactly(new double[] {nan, nan, nan, nan, 15, 15, 25, 25}, sma[0]);
        assertArrayEqualsExactly(new double[] {nan, nan, 10, 10, 20, 20, 30, 30}, daily[3]);
        assertArrayEqualsExactly(new double[] {nan, nan, 9, 9, 19, 19, 29, 29}, daily[0]);
        assertArrayEqualsExactly(daily[3], dailyClose[0]);
        assertEquals(in.millis("2006-01-03T00:00"), (long) daily[5][2], "end time of the last completed day");
    }

    @Test
    void aMultiOutputIndicatorKeepsItsTypedHandle() {
        StrategyBuilder b = StrategyBuilder.named("bands");
        var bands = b.indicator(Timeframes.on(Timeframe.DAY, Indicators.bollinger(20, 2)));
        assertTrue(bands.upper().name().startsWith("1d:bbands"), bands.upper().name());
    }

    private static double[][] compute(IndicatorSpec<?> spec, BarSeries bars) {
        double[][] out = new double[spec.outputNames().size()][bars.size()];
        spec.compute(bars, out);
        return out;
    }

    static void assertArrayEqualsExactly(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(actual[i]),
                    "value " + i + ": expected " + expected[i] + " but was " + actual[i]);
        }
    }
}
