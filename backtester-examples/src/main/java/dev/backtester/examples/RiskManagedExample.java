package dev.backtester.examples;

import static dev.backtester.core.regime.Regimes.allow;
import static dev.backtester.core.risk.RiskRules.maxGrossExposure;
import static dev.backtester.core.risk.RiskRules.trailingStop;
import static dev.backtester.core.sizing.Sizers.kelly;

import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.Slippages;
import java.io.PrintStream;
import java.time.ZoneId;

/**
 * The composability example of the original design, on the bundled ORCL, NVDA and YHOO daily bars
 * sharing one account: Bollinger mean reversion signals, Kelly sizing from the strategy's own trades
 * (risk-free rate 5%), a 2% trailing stop, gross exposure capped at 100% of equity, and entries only
 * in a bull or neutral regime with confidence of at least 0.8. The decision journal then explains
 * why each trade was taken, sized so and closed when it was.
 */
public final class RiskManagedExample {
    private RiskManagedExample() {
    }

    /** The strategy, as in the original design plus an exposure limit and trading costs. */
    public static Strategy strategy() {
        return StrategyBuilder.named("bb-risk-managed")
                .signals(new BollingerMeanReversion())
                .sizing(kelly(0.05))
                .risk(trailingStop(0.02), maxGrossExposure(1.0))
                .regime(allow("bull", "neutral"), 0.8)
                .commission(Commissions.percentOfValue(0.001))
                .slippage(Slippages.fixedBps(5))
                .build();
    }

    /** Runs the strategy on the three bundled daily files from one account. */
    public static RunResult run() {
        return Backtest.of(strategy()).initialCapital(100_000)
                .run(BundledData.load("orcl"), BundledData.load("nvda"), BundledData.load("yhoo"));
    }

    /** Prints the report and the journal's account of the first trade. */
    public static void print(RunResult result, PrintStream out) {
        new ReportPrinter(out, ZoneId.of("America/New_York")).print(result, 3);
        if (!result.trades().isEmpty()) {
            Trade first = result.trades().get(0);
            out.println("Why trade " + first.id() + " (" + first.symbol() + ") was taken, sized and closed:");
            out.print(result.journal().describe(first.id()));
            out.println();
        }
    }

    public static void main(String[] args) {
        print(run(), System.out);
    }
}
