package dev.backtester.core.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.execution.CommissionModel;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Commission models, and the Interactive Brokers presets against the broker's own published examples.
 *
 * <p>Source: IBKR "Commissions Stocks, ETFs and Warrants", United States (IBKR Pro fixed and tiered),
 * and IBKR "Stock and ETF Fixed vs. Tiered Pricing Comparison Examples", from stored copies of the
 * broker's pages read in November 2026 (no live web access). Only the commission parts of the
 * examples are checked: the exchange, clearing and regulatory fees in them are not modelled.
 */
class CommissionsTest {
    private static final double EPS = 1e-9;
    private static final long JAN_15 = LocalDate.of(2024, 1, 15).atTime(16, 0).atZone(ZoneId.of("America/New_York"))
            .toInstant().toEpochMilli();
    private static final long JAN_31 = LocalDate.of(2024, 1, 31).atTime(16, 0).atZone(ZoneId.of("America/New_York"))
            .toInstant().toEpochMilli();
    private static final long FEB_01 = LocalDate.of(2024, 2, 1).atTime(16, 0).atZone(ZoneId.of("America/New_York"))
            .toInstant().toEpochMilli();

    @Test
    void ibkrFixedMatchesThePublishedExamples() {
        CommissionModel fixed = Commissions.ibkrFixed();
        // "Fixed Examples: 100 Shares @ USD 25 Share Price = USD 1.00" (0.50 raised to the USD 1.00 minimum)
        assertEquals(1.00, fixed.commission(100, 25), EPS);
        // "1,000 Shares @ USD 25 Share Price = USD 5.00" (1,000 * 0.005)
        assertEquals(5.00, fixed.commission(1_000, 25), EPS);
        // "1,000 Shares @ USD 0.25 Share Price = USD 2.50" (5.00 capped at 1% of the USD 250 trade value)
        assertEquals(2.50, fixed.commission(1_000, 0.25), EPS);
        // comparison example "Sell 30,000,000 shares @ $5", fixed cost column: 30,000,000 * 0.005
        assertEquals(150_000, fixed.commission(30_000_000, 5), 1e-6);
    }

    @Test
    void ibkrTieredMatchesThePublishedComparisonExamples() {
        CommissionModel tiered = Commissions.ibkrTiered().newRunState();
        // "Sell 200,000 ... Shares @ $5 ... IB 200,000 Shares: $700" (0.0035 a share in the first tier)
        assertEquals(700, tiered.commission(200_000, 5, JAN_15), 1e-9);
        // "Sell 30,000,000 ... Shares @ $5": first 300,000 $1,050, next 2,700,000 $5,400,
        // next 17,000,000 $25,500, next 10,000,000 $10,000: tiers apply marginally within one order
        assertEquals(1_050 + 5_400 + 25_500 + 10_000, tiered.commission(30_000_000, 5, JAN_15), 1e-6);
    }

    @Test
    void ibkrTieredMinimumMaximumAndFees() {
        CommissionModel tiered = Commissions.ibkrTiered().newRunState();
        assertEquals(0.35, tiered.commission(10, 25, JAN_15), EPS);
        assertEquals(3.50, tiered.commission(1_000, 25, JAN_15), EPS);
        // 1,000 * 0.0035 = 3.50 is above 1% of the USD 250 trade value
        assertEquals(2.50, tiered.commission(1_000, 0.25, JAN_15), EPS);
        CommissionModel withFees = Commissions.ibkrTiered(0.0002).newRunState();
        assertEquals(3.50 + 0.20, withFees.commission(1_000, 25, JAN_15), EPS);
    }

    @Test
    void ibkrTieredCountsTheMonthsSharesPerRun() {
        CommissionModel template = Commissions.ibkrTiered();
        CommissionModel run = template.newRunState();
        assertNotSame(template, run);
        run.record(300_000, 10, JAN_15);
        // the month is past the first tier: 1,000 more shares cost 0.0020 each
        assertEquals(2.00, run.commission(1_000, 25, JAN_31), EPS);
        // a new month starts from the first tier again
        assertEquals(3.50, run.commission(1_000, 25, FEB_01), EPS);
        run.record(1_000, 25, FEB_01);
        assertEquals(3.50, run.commission(1_000, 25, FEB_01), EPS);
        // another run starts from an empty month: no state is shared
        assertEquals(3.50, template.newRunState().commission(1_000, 25, JAN_31), EPS);
        assertEquals(3.50, template.commission(1_000, 25), EPS);
    }

    @Test
    void perShareWithMinimumAndMaximum() {
        CommissionModel model = Commissions.perShare(0.01, 2.0, 0.005);
        assertEquals(2.0, model.commission(50, 100), EPS);
        assertEquals(10.0, model.commission(1_000, 100), EPS);
        // 10.00 is capped at 0.5% of the USD 100 trade value (even below the minimum)
        assertEquals(0.005 * 1_000 * 0.1, model.commission(1_000, 0.1), EPS);
        assertSame(model, model.newRunState());
        assertThrows(IllegalArgumentException.class, () -> Commissions.perShare(0.01, 1, -0.1));
    }

    @Test
    void flatPerOrder() {
        assertEquals(4.95, Commissions.flatPerOrder(4.95).commission(1, 1), EPS);
        assertEquals(4.95, Commissions.flatPerOrder(4.95).commission(100_000, 500), EPS);
        assertThrows(IllegalArgumentException.class, () -> Commissions.flatPerOrder(Double.NaN));
    }
}
