package dev.backtester.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.timeframe.Resampler;
import dev.backtester.core.timeframe.Timeframe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyTrendIntradayExampleTest {

    @Test
    void everyEntryFollowsTheTrendOfTheLastCompletedDay() {
        BarSeries bars = DailyTrendIntradayExample.fiveMinuteBars();
        BarSeries days = Resampler.of(Timeframe.DAY, DailyTrendIntradayExample.SESSIONS).resample(bars).bars();
        RunResult result = DailyTrendIntradayExample.run();

        assertEquals(2142, result.metadata().barsProcessed());
        assertTrue(result.trades().size() >= 5, "EMA crosses on 5-minute bars happen several times a day");
        boolean longs = false;
        boolean shorts = false;
        for (Trade trade : result.trades()) {
            int signalBar = trade.entryBar() - 1;
            int day = lastDayEndedBy(days, bars.time(signalBar));
            assertTrue(day >= DailyTrendIntradayExample.DAILY_SMA - 1, "no entry before the daily average exists: " + trade);
            double average = 0;
            for (int d = day - DailyTrendIntradayExample.DAILY_SMA + 1; d <= day; d++) {
                average += days.close(d) / DailyTrendIntradayExample.DAILY_SMA;
            }
            boolean up = days.close(day) > average;
            assertEquals(up ? Direction.LONG : Direction.SHORT, trade.direction(),
                    "trade against the daily trend (day " + day + " close " + days.close(day) + ", average " + average
                            + "): " + trade);
            longs |= up;
            shorts |= !up;
        }
        assertTrue(longs && shorts, "January 2006 has up and down daily trends");
    }

    @Test
    void mainPrintsAReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), ZoneId.of("Europe/Berlin"))
                .print(DailyTrendIntradayExample.run(), 3);
        String report = bytes.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"daily-trend-5m on INDEX", "2006-01-02 09:05", "Sharpe", "Closed trades"}) {
            assertTrue(report.contains(expected), "report lacks '" + expected + "':\n" + report);
        }
    }

    /** The last daily bar ending at or before {@code time}, found by scanning the daily end times. */
    private static int lastDayEndedBy(BarSeries days, long time) {
        int day = -1;
        while (day + 1 < days.size() && days.time(day + 1) <= time) {
            day++;
        }
        return day;
    }
}
