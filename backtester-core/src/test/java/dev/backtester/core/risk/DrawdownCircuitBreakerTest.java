package dev.backtester.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.RiskDecision.Verdict;
import org.junit.jupiter.api.Test;

/** Trip and resume sequences of the drawdown circuit breaker, one per resume rule. */
class DrawdownCircuitBreakerTest {
    private static final OrderProposal ENTRY = new OrderProposal("A", Direction.LONG, 10, 100, Double.NaN, 0);
    private static final long DAY = 86_400_000L;

    /** Observes equity values at times DAY, 2 DAY, ... and records which bar times allow entries. */
    private static String run(DrawdownCircuitBreaker breaker, double... equities) {
        TestPortfolio p = new TestPortfolio(100);
        StringBuilder allowed = new StringBuilder();
        for (int i = 0; i < equities.length; i++) {
            p.at((i + 1) * DAY, equities[i]);
            boolean flatten = breaker.observe(p);
            allowed.append(flatten ? 'F' : breaker.review(ENTRY, p).verdict() == Verdict.APPROVE ? '+' : '-');
        }
        return allowed.toString();
    }

    @Test
    void defaultResumesBelowHalfTheLimit() {
        DrawdownCircuitBreaker breaker = RiskRules.drawdownCircuitBreaker(0.2).forRun();
        // peak 100 -> 120; 95 is 1 - 95/120 = 20.8% (trips); 100 is 16.7%, 107 is 10.8%, 106 is 11.7% (not below 10%);
        // 110 is 8.3% (resumes)
        assertEquals("++----+", run(breaker, 100, 120, 95, 100, 107, 106, 110));
        assertEquals(3 * DAY, breaker.trippedAt());
        assertEquals(1 - 95 / 120.0, breaker.tripDrawdown(), 1e-12);
        assertEquals(1, breaker.trips());
        assertFalse(breaker.tripped());
    }

    @Test
    void resumesWhenTheDrawdownIsBelowTheGivenLevel() {
        DrawdownCircuitBreaker breaker = RiskRules.drawdownCircuitBreaker(0.25).resumeWhenDrawdownBelow(0.05).forRun();
        // 75 is 25% below 100 (trips); 90 is 10%; 95 is 5% (not below); 96 is 4% (resumes); 70 is 30% (trips again)
        assertEquals("+-----+-", run(breaker, 100, 75, 90, 94, 95, 95, 96, 70));
        assertEquals(2, breaker.trips());
        assertTrue(breaker.tripped());
        assertEquals(8 * DAY, breaker.trippedAt());
    }

    @Test
    void resumesAtANewHigh() {
        DrawdownCircuitBreaker breaker = RiskRules.drawdownCircuitBreaker(0.1).resumeAtNewHigh().forRun();
        // 89 trips (11%); 99.99 is still below the peak 100; 100 equals it (drawdown 0): resumes
        assertEquals("+---+", run(breaker, 100, 89, 95, 99.99, 100));
    }

    @Test
    void resumesAfterBarsAndReArmsFromThere() {
        DrawdownCircuitBreaker breaker = RiskRules.drawdownCircuitBreaker(0.1).resumeAfterBars(3).flatten(true).forRun();
        // 85 trips (15%) and flattens; three bar times later (88, 88, 88 -> resumes at the third) it re-arms at 88:
        // 85 is 3.4%, 80 is 1 - 80/88 = 9.1% (no trip); 79 is 10.2% (trips again, flattening)
        assertEquals("+F--+++F", run(breaker, 100, 85, 88, 88, 88, 85, 80, 79));
        assertEquals(2, breaker.trips());
    }

    @Test
    void flattenTellsTheEngineExactlyAtTheTrip() {
        DrawdownCircuitBreaker breaker = RiskRules.drawdownCircuitBreaker(0.1).flatten(true).resumeAfterBars(100).forRun();
        assertEquals("+F---", run(breaker, 100, 80, 70, 60, 50));
    }

    @Test
    void theVetoNamesTheDrawdownTheLimitAndTheResumeRule() {
        DrawdownCircuitBreaker breaker = RiskRules.drawdownCircuitBreaker(0.2).forRun();
        run(breaker, 100, 78.7);
        assertEquals("circuit breaker tripped at drawdown 21.3% (limit 20.0%) at 1970-01-03T00:00:00Z; resumes when"
                + " the drawdown falls below 10.0%", breaker.review(ENTRY, new TestPortfolio(1)).reason());
        DrawdownCircuitBreaker bars = RiskRules.drawdownCircuitBreaker(0.2).resumeAfterBars(5).forRun();
        run(bars, 50);
        assertTrue(bars.review(ENTRY, new TestPortfolio(1)).reason().endsWith("resumes 5 bar times after the trip"));
    }

    @Test
    void eachRunGetsAFreshBreaker() {
        DrawdownCircuitBreaker configured = RiskRules.drawdownCircuitBreaker(0.2);
        DrawdownCircuitBreaker first = configured.forRun();
        run(first, 50);
        DrawdownCircuitBreaker second = configured.forRun();
        assertNotSame(first, second);
        assertTrue(first.tripped());
        assertFalse(second.tripped());
        assertEquals(Long.MIN_VALUE, second.trippedAt());
        assertTrue(configured.observesBars());
    }

    @Test
    void aFlatteningBreakerMustResumeAfterBars() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RiskRules.drawdownCircuitBreaker(0.2).flatten(true).forRun());
        assertTrue(e.getMessage().contains("use resumeAfterBars(n)"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> RiskRules.drawdownCircuitBreaker(0.2).resumeAtNewHigh().flatten(true).forRun());
    }

    @Test
    void badParametersAreRejected() {
        ExitRulesTest.assertMessage("drawdownCircuitBreaker: maxDrawdown must be in (0, 1), got 1.0",
                () -> RiskRules.drawdownCircuitBreaker(1));
        ExitRulesTest.assertMessage("drawdownCircuitBreaker: resumeWhenDrawdownBelow must be in (0, 0.2) (below the"
                + " trip level), got 0.2", () -> RiskRules.drawdownCircuitBreaker(0.2).resumeWhenDrawdownBelow(0.2));
        ExitRulesTest.assertMessage("drawdownCircuitBreaker: resumeAfterBars must be >= 1, got 0",
                () -> RiskRules.drawdownCircuitBreaker(0.2).resumeAfterBars(0));
    }
}
