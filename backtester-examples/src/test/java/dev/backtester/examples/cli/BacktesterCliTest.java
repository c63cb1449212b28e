package dev.backtester.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.api.run.RunListener;
import dev.backtester.core.LibraryVersion;
import dev.backtester.core.config.ConfigLoader;
import dev.backtester.core.config.ConfiguredRunner;
import dev.backtester.core.config.DataSource;
import dev.backtester.core.config.StrategyConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on the bundled data: files written, statuses, messages. */
class BacktesterCliTest {
    private static final Path CONFIG = ConfigExamplesTest.CONFIGS.resolve("bb_mean_reversion.yaml");
    private static final Path ORCL = Path.of("src/main/resources/data/ORCL.csv");

    @TempDir
    static Path shared;
    private static Path out;
    private static Cli runOutput;

    @TempDir
    Path temp;

    /** What one invocation printed and returned. */
    record Cli(int status, String out, String err) {
    }

    static Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BacktesterCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void runOnce() {
        out = shared.resolve("bb");
        runOutput = cli("run", CONFIG.toString(), "--data", ORCL.toString(), "--out", out.toString(), "--quiet");
    }

    @Test
    void runWritesAllSixFiles() {
        assertEquals(0, runOutput.status(), runOutput.err());
        for (String file : List.of("trades.csv", "equity.csv", "journal.csv", "metrics.json", "run.json", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " is written");
        }
        assertTrue(runOutput.out().contains("bb_mean_reversion 2.1.0 on ORCL"), runOutput.out());
        assertEquals("", runOutput.err(), "nothing on stderr when quiet");
    }

    @Test
    void tradesCsvParsesBackToTheRunsTrades() throws IOException {
        RunResult expected = expectedRun();

        assertFalse(expected.trades().isEmpty());
        assertEquals(expected.trades(), TradesCsv.read(out.resolve("trades.csv")));
    }

    @Test
    void journalCsvHasOneRowPerDecisionAndFollowsEveryTrade() throws IOException {
        RunResult expected = expectedRun();
        List<String> lines = Files.readAllLines(out.resolve("journal.csv"));

        assertEquals(JournalCsv.HEADER, lines.get(0));
        assertEquals(expected.journal().decisions().size(), lines.size() - 1);
        for (var trade : expected.trades()) {
            String id = "," + trade.id() + ",";
            assertTrue(lines.stream().anyMatch(l -> l.contains(id + "SIGNAL,")), "signal of trade " + trade.id());
            assertTrue(lines.stream().anyMatch(l -> l.contains(id + "SIZING,")), "sizing of trade " + trade.id());
        }
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
    }

    @Test
    void equityCsvHasOneRowPerBar() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("equity.csv"));

        assertEquals(EquityCsv.HEADER, lines.get(0));
        assertEquals(expectedRun().equity().size() + 1, lines.size());
        assertTrue(lines.get(1).startsWith("2000-01-03T21:00:00Z,100000.0,100000.0,0.0"), lines.get(1));
    }

    @Test
    void jsonFilesCarryMetricsHashesAndTheLibraryVersion() throws IOException {
        StrategyConfig config = new ConfigLoader().load(CONFIG);
        String metrics = Files.readString(out.resolve("metrics.json"));
        String run = Files.readString(out.resolve("run.json"));

        assertTrue(metrics.contains("\"sharpe\": "), metrics);
        assertTrue(metrics.contains("\"max_drawdown_bars\": "), metrics);
        assertTrue(run.contains("\"strategy_hash\": \"" + config.hashes().strategyHash() + "\""), run);
        assertTrue(run.contains("\"parameter_hash\": \"" + config.hashes().parameterHash() + "\""), run);
        assertTrue(run.contains("\"library_version\": \"" + LibraryVersion.get() + "\""), run);
        assertTrue(run.contains("\"canonical\": " + config.canonical()), run);
        assertTrue(run.contains("\"timings_ms\": {"), run);
    }

    @Test
    void theReportIsSelfContainedWithOnePointPerBar() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        RunResult run = expectedRun();
        int bars = run.equity().size();

        assertEquals(bars, points(html, "equity-line"));
        assertEquals(bars, points(html, "drawdown-line"));
        assertTrue(html.contains("<table id=\"monthly\">") && html.contains("<th class=\"l\">2014</th>"), "monthly table");
        assertEquals(run.trades().size() + 1, count(html, "<tr>", html.indexOf("<table id=\"trades\">")),
                "a header and one row per trade");
        Trade first = run.trades().get(0);
        String firstChain = run.journal().describe(first.id());
        assertTrue(firstChain.contains("SIGNAL") && firstChain.contains("EXIT"), firstChain);
        assertTrue(html.contains("<details><summary>" + run.journal().explain(first.id()).size() + "</summary><pre>"
                + Html.escape(firstChain) + "</pre></details>"), "the first trade unfolds its decisions");
        assertEquals(run.trades().size(), count(html, "<details>", html.indexOf("<table id=\"trades\">")),
                "every trade's decisions");
        for (String external : List.of("http://", "https://", "<script", " src=", "<link")) {
            assertFalse(html.contains(external), "the report loads nothing: found " + external);
        }
    }

    @Test
    void validateAcceptsAGoodFile() {
        Cli result = cli("validate", CONFIG.toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("valid; strategy bb_mean_reversion 2.1.0"), result.out());
    }

    @Test
    void validatePrintsEveryProblemWithLineAndPath() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.yaml"), Files.readString(CONFIG)
                .replace("pct: 0.95", "pct: 12").replace("threshold: 30", "threshold: high"));

        Cli result = cli("validate", bad.toString());

        assertEquals(1, result.status());
        assertTrue(result.err().contains("2 problems in " + bad), result.err());
        assertTrue(result.err().contains(bad + ":15:") && result.err().contains("components.signals.entry_long[1]"
                + ".rsi_oversold.threshold: expected a number, got 'high'"), result.err());
        assertTrue(result.err().contains(bad + ":17:") && result.err().contains("components.sizing.params.pct"),
                result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace for a user mistake");
    }

    @Test
    void runRefusesAnInvalidFileBeforeReadingData() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.yaml"), Files.readString(CONFIG).replace("rsi: {", "rsx: {"));

        Cli result = cli("run", bad.toString(), "--data", "/no/such/data.csv", "--out", temp.toString());

        assertEquals(1, result.status());
        assertTrue(result.err().contains("unknown indicator 'rsx'"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace for a user mistake");
    }

    @Test
    void missingDataIsADataProblem() {
        Cli result = cli("run", CONFIG.toString(), "--data", temp.resolve("none.csv").toString(), "--out",
                temp.toString(), "-q");

        assertEquals(3, result.status());
        assertTrue(result.err().startsWith("data problem: ") && result.err().contains("none.csv does not exist"),
                result.err());
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertEquals(2, cli("run").status(), "CONFIG is required");
        assertEquals(2, cli("run", CONFIG.toString(), "--speed", "fast").status());
        assertEquals(2, cli().status(), "a command is required");
        Cli noData = cli("run", CONFIG.toString(), "--out", temp.toString());
        assertEquals(2, noData.status());
        assertTrue(noData.err().contains("pass --data PATH"), noData.err());
    }

    @Test
    void componentsListsEveryRegisteredName() {
        Cli result = cli("components");

        assertEquals(0, result.status());
        for (String name : List.of("bollinger_bands", "rsi_oversold", "cross_above", "percent_of_equity", "fixed_bps")) {
            assertTrue(result.out().contains(name), result.out());
        }
    }

    private static RunResult expectedRun() {
        StrategyConfig config = new ConfigLoader().load(CONFIG);
        return new ConfiguredRunner().run(config, new DataSource(ORCL, "yahoo", Optional.empty()), RunListener.NONE)
                .result();
    }

    private static int points(String html, String id) {
        Matcher m = Pattern.compile("<polyline id=\"" + id + "\"[^>]* points=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "polyline " + id);
        return m.group(1).trim().split(" ").length;
    }

    private static int count(String text, String part, int from) {
        int end = text.indexOf("</table>", from);
        int n = 0;
        for (int i = text.indexOf(part, from); i >= 0 && i < end; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
