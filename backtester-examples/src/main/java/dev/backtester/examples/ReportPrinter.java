package dev.backtester.examples;

import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Prints a run as a plain-text report: metrics table, trade summary, first and last trades. */
public final class ReportPrinter {
    private final PrintStream out;
    private final DateTimeFormatter dates;

    /** A printer writing to {@code out}, showing times in {@code zone} (the exchange's, for readability). */
    public ReportPrinter(PrintStream out, ZoneId zone) {
        this.out = out;
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** Prints the whole report for {@code result}, showing up to {@code tradeRows} first and last trades. */
    public void print(RunResult result, int tradeRows) {
        Metrics m = result.metrics();
        out.printf(Locale.ROOT, "%n=== %s on %s ===%n", result.metadata().strategyName(),
                String.join(", ", result.metadata().symbols()));
        out.printf(Locale.ROOT, "%s .. %s, %,d bars, fills: %s, run time %.2f ms%n%n",
                date(result.metadata().firstBarTime()), date(result.metadata().lastBarTime()),
                result.metadata().barsProcessed(), result.metadata().fillModel(), result.metadata().elapsedNanos() / 1e6);
        row("Initial capital", money(m.initialCapital()));
        row("Final equity", money(m.finalEquity()));
        row("Total return", pct(m.totalReturn()));
        row("CAGR", pct(m.cagr()));
        row("Annual volatility", pct(m.annualVolatility()));
        row("Sharpe", num(m.sharpe()));
        row("Sortino", num(m.sortino()));
        row("Max drawdown", pct(m.maxDrawdown()));
        row("Longest drawdown", String.format(Locale.ROOT, "%d bars (%.0f days)", m.maxDrawdownBars(),
                m.maxDrawdownMillis() / 86_400_000.0));
        row("Exposure", pct(m.exposure()));
        out.println();
        row("Closed trades", Integer.toString(m.tradeCount()));
        row("Open trades", Integer.toString(m.openTrades()));
        row("Win rate", pct(m.winRate()));
        row("Profit factor", num(m.profitFactor()));
        row("Expectancy / trade", money(m.expectancy()));
        row("Avg holding", String.format(Locale.ROOT, "%.1f bars", m.averageHoldingBars()));
        row("Commissions paid", money(result.trades().stream().mapToDouble(Trade::commission).sum()));

        List<Trade> trades = result.trades();
        if (trades.isEmpty()) {
            out.println("\nNo trades.");
            return;
        }
        out.printf(Locale.ROOT, "%n%-6s %-5s %-16s %10s %-16s %10s %8s %12s %8s%n", "Symbol", "Side", "Entry",
                "Price", "Exit", "Price", "Shares", "Net PnL", "Return");
        int shown = Math.min(tradeRows, trades.size());
        for (int k = 0; k < shown; k++) {
            trade(trades.get(k));
        }
        if (trades.size() > 2 * tradeRows) {
            out.printf(Locale.ROOT, "... %d more trades ...%n", trades.size() - 2 * tradeRows);
        }
        for (int k = Math.max(shown, trades.size() - tradeRows); k < trades.size(); k++) {
            trade(trades.get(k));
        }
    }

    private void trade(Trade t) {
        out.printf(Locale.ROOT, "%-6s %-5s %-16s %10.2f %-16s %10.2f %8.0f %12s %8s%s%n", t.symbol(),
                t.direction().name().toLowerCase(Locale.ROOT), date(t.entryTime()), t.entryPrice(), date(t.exitTime()),
                t.exitPrice(), t.shares(), money(t.netPnl()), pct(t.returnPct()), t.open() ? "  (open)" : "");
    }

    private void row(String label, String value) {
        out.printf(Locale.ROOT, "  %-20s %15s%n", label, value);
    }

    private String date(long epochMillis) {
        return dates.format(Instant.ofEpochMilli(epochMillis));
    }

    private static String money(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", v) : "n/a";
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : "n/a";
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : (Double.isNaN(v) ? "n/a" : "inf");
    }
}
