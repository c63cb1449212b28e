package dev.backtester.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.RiskParitySizer.Method;
import dev.backtester.core.testing.TestWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever finite figures a sizer is given, it answers a share count that is >= 0 and finite. */
class SizerProperties {

    /** A finite number of any sign and magnitude, with zeros and tiny values now and then. */
    private static double anyFinite(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> 0.0;
            case 1 -> -r.nextDouble() * Math.pow(10, r.nextInt(12));
            case 2 -> r.nextDouble() * 1e-9;
            default -> r.nextDouble() * Math.pow(10, r.nextInt(12) - 3);
        };
    }

    private static void assertValid(double shares, String what) {
        assertTrue(shares >= 0 && shares < Double.POSITIVE_INFINITY, what + " gave " + shares);
    }

    private static TestContext context(Random r) {
        TestContext c = TestContext.of(anyFinite(r), anyFinite(r));
        c.direction = r.nextBoolean() ? Direction.LONG : Direction.SHORT;
        c.stop = r.nextInt(5) == 0 ? Double.NaN : anyFinite(r);
        return c;
    }

    @Property(tries = 500)
    void constantAndFixedFractionalSizesAreNeverNegativeOrNaN(@ForAll long seed) {
        Random r = new Random(seed);
        TestContext c = context(r);

        assertValid(Sizers.fixedCash(1 + r.nextDouble() * 1e6).shares(c), "fixedCash " + c.price);
        assertValid(Sizers.percentOfEquity(0.01 + r.nextDouble() * 2).shares(c), "percentOfEquity");
        assertValid(Sizers.fixedFractionalRisk(1e-4 + r.nextDouble() * 0.9999).maxLeverage(0.1 + r.nextDouble() * 10)
                .shares(c), "fixedFractionalRisk equity " + c.equity + " price " + c.price + " stop " + c.stop);
    }

    @Property(tries = 500)
    void kellySizesAreNeverNegativeOrNaN(@ForAll long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(60);
        double[] returns = new double[n];
        double[] years = new double[n];
        for (int k = 0; k < n; k++) {
            returns[k] = r.nextInt(10) == 0 ? 0 : (r.nextDouble() - 0.45) * Math.pow(10, r.nextInt(4) - 3);
            years[k] = r.nextDouble() * 3;
        }
        TestContext c = context(r).history(new TestHistory(returns, years));
        int minTrades = 1 + r.nextInt(30);
        KellySizer kelly = Sizers.kelly(r.nextDouble() * 2 - 1).fraction(0.01 + r.nextDouble() * 0.99)
                .cap(0.1 + r.nextDouble() * 5).minTrades(minTrades)
                .lookback(r.nextBoolean() ? 0 : minTrades + r.nextInt(20));

        double shares = kelly.shares(c);

        assertValid(shares, "kelly");
        double taken = c.explained.getOrDefault(KellySizer.FRACTION, 0.0);
        assertTrue(taken >= 0 && taken <= kelly.cap(), "fraction of equity " + taken);
    }

    @Property(tries = 500)
    void volatilityTargetSizesAreNeverNegativeOrNaN(@ForAll long seed) {
        Random r = new Random(seed);
        StrategyBuilder b = StrategyBuilder.named("p");
        boolean atr = r.nextBoolean();
        VolatilityTargetSizer unbound = Sizers.volatilityTarget(0.01 + r.nextDouble())
                .measure(atr ? VolatilityTargetSizer.Measure.ATR : VolatilityTargetSizer.Measure.STDDEV)
                .cap(0.1 + r.nextDouble() * 5);
        PositionSizer sizer = (PositionSizer) unbound.declareOn(b);
        Series vol = b.indicator(atr ? Indicators.atr(20) : Indicators.historicalVolatility(20, 252));
        double value = r.nextInt(5) == 0 ? Double.NaN : anyFinite(r);
        TestContext c = context(r).window(TestWindow.closes("T", anyFinite(r)).with(vol, value));

        assertValid(sizer.shares(c), "volatilityTarget of " + value);
    }

    @Property(tries = 200)
    void riskParitySizesAreNeverNegativeOrNaNAndRebalanceTargetsAddUpToTheGross(@ForAll long seed) {
        Random r = new Random(seed);
        int lookback = 2 + r.nextInt(30);
        double equity = 1_000 + r.nextDouble() * 1e6;
        TestPortfolio portfolio = new TestPortfolio(equity);
        List<TestWindow> held = new ArrayList<>();
        int holdings = 1 + r.nextInt(6);
        for (int h = 0; h < holdings; h++) {
            TestWindow w = randomWindow("S" + h, r, lookback);
            held.add(w);
            portfolio.hold(w, (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(100)));
        }
        double gross = 0.1 + r.nextDouble() * 3;
        RiskParitySizer sizer = Sizers.riskParity(r.nextBoolean() ? Method.INVERSE_VOLATILITY
                : Method.EQUAL_RISK_CONTRIBUTION).lookback(lookback).gross(gross);
        PositionSizer run = sizer.forRun();

        TestContext entry = context(r).portfolio(portfolio).window(randomWindow("NEW", r, lookback));
        assertValid(sizer.shares(entry), "risk parity entry");

        double total = 0;
        boolean allUsable = true;
        for (TestWindow w : held) {
            double price = w.close();
            TestContext c = TestContext.of(equity, price).portfolio(portfolio).window(w);
            c.direction = portfolio.position(w.symbol()) < 0 ? Direction.SHORT : Direction.LONG;
            double shares = run.shares(c);
            assertValid(shares, "risk parity rebalance of " + w.symbol());
            allUsable &= !c.explained.containsKey(RiskParitySizer.UNAVAILABLE);
            total += shares * price;
        }
        assertTrue(total <= gross * equity * (1 + 1e-9), "targets " + total + " above the gross");
        if (allUsable) {
            assertEquals(gross * equity, total, gross * equity * 1e-9);
        }
    }

    /** Random positive closes; sometimes too short, sometimes flat. */
    private static TestWindow randomWindow(String symbol, Random r, int lookback) {
        int bars = r.nextInt(8) == 0 ? 1 + r.nextInt(lookback) : lookback + 1 + r.nextInt(10);
        double[] close = new double[bars];
        close[0] = 1 + r.nextDouble() * 500;
        double vol = r.nextInt(10) == 0 ? 0 : 0.001 + r.nextDouble() * 0.1;
        for (int t = 1; t < bars; t++) {
            close[t] = close[t - 1] * Math.exp(vol * r.nextGaussian());
        }
        return TestWindow.closes(symbol, close);
    }
}
