package dev.backtester.examples.cli;

import dev.backtester.core.config.ConfiguredRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes the six files of a run into one folder. */
final class RunOutput {
    /** The files a run writes, in the order written. */
    static final List<String> FILES = List.of("trades.csv", "equity.csv", "journal.csv", "metrics.json", "report.html",
            "run.json");

    private RunOutput() {
    }

    /**
     * Writes trades, equity, the decision journal, metrics and the report, then {@code run.json} with the time all of
     * that took.
     *
     * @param configNanos time spent reading the configuration, for run.json
     */
    static void write(ConfiguredRun run, Path folder, long configNanos) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(folder);
        TradesCsv.write(run.result().trades(), folder.resolve("trades.csv"));
        EquityCsv.write(run.result().equity(), folder.resolve("equity.csv"));
        JournalCsv.write(run.result().journal(), folder.resolve("journal.csv"));
        Files.writeString(folder.resolve("metrics.json"), MetricsJson.of(run.result().metrics()), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.html"), HtmlReport.of(run), StandardCharsets.UTF_8);
        RunTimings timings = new RunTimings(configNanos, run.loadNanos(), run.runNanos(),
                run.result().metadata().elapsedNanos(), System.nanoTime() - start);
        Files.writeString(folder.resolve("run.json"), RunJson.of(run, timings, Instant.now()), StandardCharsets.UTF_8);
    }
}
