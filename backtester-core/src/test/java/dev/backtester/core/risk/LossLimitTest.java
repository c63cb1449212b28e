package dev.backtester.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskDecision.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Daily and weekly loss limits across day and week boundaries, including a daylight-saving week. */
class LossLimitTest {
    private static final OrderProposal ENTRY = new OrderProposal("A", Direction.LONG, 10, 100, Double.NaN, 0);

    private static long utc(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    /** Observes (time, equity) pairs; '+' allowed after the observation, '-' vetoed, 'F' flattening trip. */
    private static String run(LossLimit limit, TestPortfolio p, Object... timeEquity) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < timeEquity.length; i += 2) {
            p.at(utc((String) timeEquity[i]), ((Number) timeEquity[i + 1]).doubleValue());
            boolean flatten = limit.observe(p);
            out.append(flatten ? 'F' : limit.review(ENTRY, p).verdict() == Verdict.APPROVE ? '+' : '-');
        }
        return out.toString();
    }

    @Test
    void dailyLimitHaltsForTheRestOfTheNewYorkDay() {
        LossLimit limit = RiskRules.dailyLossLimit(0.02).forRun();
        TestPortfolio p = new TestPortfolio(100_000);
        // Tue 2024-01-09 (EST, UTC-5): start = peak 100,000; 99,000 is -1%; 97,900 is -2.1% (trips)
        // 21:00 UTC = 16:00 EST same day: still halted (recovered to 99,000 does not matter)
        // Wed 14:35 UTC: a new day; start = the previous bar time's 99,000; 97,500 is -1.5%: allowed
        String seen = run(limit, p,
                "2024-01-09T15:00:00Z", 99_000,
                "2024-01-09T17:00:00Z", 97_900,
                "2024-01-09T21:00:00Z", 99_000,
                "2024-01-10T14:35:00Z", 97_500,
                "2024-01-10T15:00:00Z", 97_020);
        // 97,020 is (99,000 - 97,020) / 99,000 = 2.0% of the day's start: trips again
        assertEquals("+--+-", seen);
        assertEquals(99_000, limit.periodStartEquity(), 0);
        assertEquals(utc("2024-01-11T05:00:00Z"), limit.nextBoundary(), "Thursday 00:00 EST");
    }

    @Test
    void aDayIsTheZonesCalendarDayNotTheUtcOne() {
        LossLimit limit = RiskRules.dailyLossLimit(0.02).forRun();
        TestPortfolio p = new TestPortfolio(100_000);
        // 2024-01-10T03:00Z is still Tuesday 22:00 in New York: the same day as the trip at 20:00Z
        assertEquals("--", run(limit, p, "2024-01-09T20:00:00Z", 97_000, "2024-01-10T03:00:00Z", 97_000));
        // in UTC it is a new day: start 97,000, no loss
        LossLimit utcLimit = RiskRules.dailyLossLimit(0.02, ZoneId.of("UTC")).forRun();
        assertEquals("-+", run(utcLimit, new TestPortfolio(100_000),
                "2024-01-09T20:00:00Z", 97_000, "2024-01-10T03:00:00Z", 97_000));
    }

    @Test
    void weeklyLimitResetsOnMondayInADaylightSavingWeek() {
        LossLimit limit = RiskRules.weeklyLossLimit(0.05).forRun();
        TestPortfolio p = new TestPortfolio(100_000);
        // week of Mon 2024-03-04 (EST); clocks go forward Sun 2024-03-10, so the next week starts
        // Mon 2024-03-11 00:00 EDT = 04:00Z (not 05:00Z, where 7 x 24 hours after the previous Monday would put it)
        String seen = run(limit, p,
                "2024-03-05T21:00:00Z", 97_000,   // Tue: -3%
                "2024-03-08T21:00:00Z", 94_900,   // Fri: -5.1%: trips
                "2024-03-11T04:30:00Z", 94_900);  // Mon 00:30 EDT: a new week starting at 94,900
        assertEquals("+-+", seen);
        assertEquals(94_900, limit.periodStartEquity(), 0);
        assertEquals(utc("2024-03-18T04:00:00Z"), limit.nextBoundary());
        assertEquals(utc("2024-03-11T04:00:00Z"), limit.forRun().boundaryAfter(utc("2024-03-10T12:00:00Z")));
        assertEquals(utc("2024-03-11T04:00:00Z"), limit.forRun().boundaryAfter(utc("2024-03-04T05:00:00Z")),
                "Monday 00:00 itself belongs to its week");
    }

    @Test
    void justBeforeTheDaylightSavingMondayIsStillTheOldWeek() {
        LossLimit limit = RiskRules.weeklyLossLimit(0.05).forRun();
        // Sun 2024-03-10 23:30 EDT = 2024-03-11T03:30Z: still the week of the trip
        assertEquals("--", run(limit, new TestPortfolio(100_000),
                "2024-03-08T21:00:00Z", 94_000, "2024-03-11T03:30:00Z", 94_000));
    }

    @Test
    void flattenReportsExactlyTheTripAndTheVetoNamesTheFigures() {
        LossLimit limit = RiskRules.dailyLossLimit(0.02).flatten(true).forRun();
        TestPortfolio p = new TestPortfolio(100_000);
        assertEquals("F-", run(limit, p, "2024-01-09T15:00:00Z", 97_500, "2024-01-09T16:00:00Z", 90_000));
        RiskDecision veto = limit.review(ENTRY, p);
        assertEquals("daily loss limit: equity 97500.00 is 2.5% below the day's start 100000.00 (limit 2.0%);"
                + " entries resume at 2024-01-10T00:00-05:00[America/New_York]", veto.reason());
        assertEquals(utc("2024-01-09T15:00:00Z"), limit.trippedAt());
        assertTrue(limit.tripped());
    }

    @Test
    void eachRunStartsFresh() {
        LossLimit configured = RiskRules.weeklyLossLimit(0.05);
        LossLimit first = configured.forRun();
        run(first, new TestPortfolio(100_000), "2024-03-08T21:00:00Z", 90_000);
        assertTrue(first.tripped());
        assertFalse(configured.forRun().tripped());
        assertTrue(Double.isNaN(configured.forRun().periodStartEquity()));
        assertTrue(configured.observesBars());
    }

    @Test
    void badParametersAreRejected() {
        ExitRulesTest.assertMessage("dailyLossLimit: pct must be in (0, 1), got 0.0", () -> RiskRules.dailyLossLimit(0));
        ExitRulesTest.assertMessage("weeklyLossLimit: pct must be in (0, 1), got 1.0", () -> RiskRules.weeklyLossLimit(1));
    }
}
