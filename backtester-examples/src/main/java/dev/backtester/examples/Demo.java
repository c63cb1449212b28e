package dev.backtester.examples;

import dev.backtester.api.result.RunResult;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo behind the README's first command: the SMA cross and Bollinger examples on bundled ORCL
 * daily bars, then the risk-managed example on ORCL, NVDA and YHOO with the journal's account of a trade.
 */
public final class Demo {
    private Demo() {
    }

    public static void main(String[] args) {
        ReportPrinter printer = new ReportPrinter(System.out, ZoneId.of("America/New_York"));
        for (RunResult result : List.of(SmaCrossExample.run(), BollingerMeanReversionExample.run())) {
            printer.print(result, 5);
        }
        RiskManagedExample.print(RiskManagedExample.run(), System.out);
    }
}
