package dev.backtester.examples.cli;

import dev.backtester.api.result.EquityCurve;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** {@code equity.csv}: bar time (ISO-8601 UTC), equity, cash and drawdown (fraction below the running peak). */
final class EquityCsv {
    static final String HEADER = "time,equity,cash,drawdown";

    private EquityCsv() {
    }

    static void write(EquityCurve curve, Path file) throws IOException {
        double[] drawdowns = curve.drawdowns();
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < curve.size(); i++) {
            out.append(Instant.ofEpochMilli(curve.time(i))).append(',').append(curve.equity(i)).append(',')
                    .append(curve.cash(i)).append(',').append(drawdowns[i]).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
