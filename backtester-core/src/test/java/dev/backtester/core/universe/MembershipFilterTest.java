package dev.backtester.core.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.sizing.Sizers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Membership decides what a strategy may hold: entries only while a member, exits when membership ends. */
class MembershipFilterTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2020, 3, 2);
    /** A is a member Wednesday to Friday of the first week; B never; C always. */
    private static final Universe UNIVERSE = new Universe("test", List.of(
            new Membership("A", MONDAY.plusDays(2), MONDAY.plusDays(4)),
            new Membership("B", LocalDate.of(2030, 1, 1), null),
            new Membership("C", null, null)));
    private static final MembershipFilter FILTER = new MembershipFilter(UNIVERSE, NEW_YORK);

    @Test
    void barsBelongToTheLocalDateOfTheirEnd() {
        long wednesdayClose = closeOf(MONDAY.plusDays(2));
        long wednesdayStart = MONDAY.plusDays(2).atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
        assertTrue(FILTER.isMember("A", wednesdayClose));
        assertFalse(FILTER.isMember("A", wednesdayStart), "a bar ending at midnight belongs to Tuesday");
        assertTrue(FILTER.isMember("A", wednesdayStart + 1));
        assertTrue(FILTER.isMember("A", MONDAY.plusDays(5).atStartOfDay(NEW_YORK).toInstant().toEpochMilli()));
        assertFalse(FILTER.isMember("A", closeOf(MONDAY.plusDays(7))));
        assertFalse(FILTER.isMember("B", closeOf(MONDAY)));
        assertFalse(FILTER.isMember("UNKNOWN", closeOf(MONDAY)));
        assertTrue(FILTER.isMember("C", Long.MIN_VALUE + 1));
    }

    @Test
    void wrappedSignalLogicEntersOnlyWhileAMemberAndLeavesWhenMembershipEnds() {
        Strategy alwaysLong = StrategyBuilder.named("always-long")
                .signals(FILTER.restrict(w -> Signal.LONG))
                .sizing(Sizers.percentOfEquity(0.3))
                .build();
        RunResult result = Backtest.of(alwaysLong).run(daily("A"), daily("B"), daily("C"));

        assertTrue(result.trades().stream().noneMatch(t -> t.symbol().equals("B")), "B was never a member");
        Trade a = only(result, "A");
        assertEquals(closeOf(MONDAY.plusDays(3)), a.entryTime(), "decided at Wednesday's close, filled Thursday");
        assertEquals(closeOf(MONDAY.plusDays(8)), a.exitTime(), "decided Monday (not a member), filled Tuesday");
        Trade c = only(result, "C");
        assertTrue(c.open(), "C is a member throughout");
    }

    @Test
    void wrappedConditionsDoTheSame() {
        Strategy conditions = StrategyBuilder.named("conditions")
                .entryLong(FILTER.entry(w -> true))
                .exitLong(FILTER.exit(w -> false))
                .sizing(Sizers.percentOfEquity(0.3))
                .build();
        RunResult result = Backtest.of(conditions).run(daily("A"), daily("B"));

        Trade a = only(result, "A");
        assertEquals(closeOf(MONDAY.plusDays(3)), a.entryTime());
        assertEquals(closeOf(MONDAY.plusDays(8)), a.exitTime());
        assertEquals(1, result.trades().size());
    }

    private static Trade only(RunResult result, String symbol) {
        List<Trade> trades = result.trades().stream().filter(t -> t.symbol().equals(symbol)).toList();
        assertEquals(1, trades.size(), symbol + " trades: " + trades);
        return trades.get(0);
    }

    /** Ten weekday bars from {@link #MONDAY}, each ending at the 16:00 close. */
    private static BarSeries daily(String symbol) {
        int n = 10;
        long[] times = new long[n];
        double[] prices = new double[n];
        double[] volume = new double[n];
        LocalDate date = MONDAY;
        for (int i = 0; i < n; i++) {
            times[i] = closeOf(date);
            prices[i] = 100 + i;
            volume[i] = 1000;
            date = date.plusDays(date.getDayOfWeek().getValue() == 5 ? 3 : 1);
        }
        return new BarSeries(symbol, times, prices, prices, prices, prices, volume);
    }

    private static long closeOf(LocalDate date) {
        return date.atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant().toEpochMilli();
    }
}
