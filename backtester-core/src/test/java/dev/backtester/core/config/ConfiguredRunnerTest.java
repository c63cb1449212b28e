package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.BB_MEAN_REVERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.run.RunListener;
import dev.backtester.api.run.RunProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the data a configuration names: files, directories, dates, interval and relative paths. */
class ConfiguredRunnerTest {
    @TempDir
    Path folder;

    private Path orclFile(String name) throws IOException {
        return Files.copy(ConfigFixtures.dataFile("orcl-1995-2014.txt"), folder.resolve(name));
    }

    @Test
    void aRelativeDataPathIsReadFromBesideTheFileAndProgressIsReported() throws IOException {
        orclFile("ORCL.csv");
        Path file = Files.writeString(folder.resolve("bb.yaml"), BB_MEAN_REVERSION.replace("initial_capital: 100000.0",
                "initial_capital: 100000.0, symbols: [ORCL], data: {path: ORCL.csv, format: yahoo}"));
        StrategyConfig config = new ConfigLoader().load(file);
        List<RunProgress> progress = new ArrayList<>();

        ConfiguredRun run = new ConfiguredRunner().run(config, new RunListener() {
            @Override
            public void onProgress(RunProgress p) {
                progress.add(p);
            }
        });

        assertEquals(List.of("ORCL"), run.result().metadata().symbols());
        assertEquals(folder.resolve("ORCL.csv"), run.data().path());
        assertTrue(progress.size() >= 10, "progress at least every 5%: " + progress.size());
        assertEquals("America/New_York", run.zone().getId());
    }

    @Test
    void aDirectoryRunsEverySymbolWhenNoneAreListed() throws IOException {
        orclFile("ORCL.csv");
        orclFile("ORCL2.txt");
        StrategyConfig config = ConfigFixtures.parse(BB_MEAN_REVERSION);

        ConfiguredRun run = new ConfiguredRunner().run(config, new DataSource(folder, "yahoo", Optional.empty()),
                RunListener.NONE);

        assertEquals(List.of("ORCL", "ORCL2"), run.result().metadata().symbols());
    }

    @Test
    void symbolsMissingFromTheDirectoryAreAllNamedWithTheirLines() throws IOException {
        orclFile("ORCL.csv");
        String yaml = BB_MEAN_REVERSION.replace("initial_capital: 100000.0",
                "initial_capital: 100000.0,\n  symbols: [MSFT, ORCL, AAPL]");
        StrategyConfig config = ConfigFixtures.parse(yaml);

        DataSourceException e = assertThrows(DataSourceException.class, () -> new ConfiguredRunner().load(config,
                new DataSource(folder, "yahoo", Optional.empty())));

        assertTrue(e.getMessage().contains("MSFT (backtest.symbols[0], test.yaml line 13), AAPL (backtest.symbols[2],"
                + " test.yaml line 13)"), e.getMessage());
        assertTrue(e.getMessage().contains("files there hold: ORCL"), e.getMessage());
    }

    @Test
    void datesOutsideTheDataAreReportedWithWhatTheDataCovers() throws IOException {
        StrategyConfig config = ConfigFixtures.parse(BB_MEAN_REVERSION.replace("2000-01-01", "2030-01-01")
                .replace("2014-12-31", "2030-12-31"));

        DataSourceException e = assertThrows(DataSourceException.class, () -> new ConfiguredRunner().load(config,
                new DataSource(orclFile("ORCL.csv"), "yahoo", Optional.empty())));

        assertTrue(e.getMessage().contains("no bars of ORCL between 2030-01-01 and 2030-12-31 (backtest.start_date,"
                + " test.yaml line 12); the data covers 1995-01-03 to 2014-12-31"), e.getMessage());
    }

    @Test
    void barsOfAnotherIntervalThanConfiguredAreRefused() throws IOException {
        StrategyConfig config = ConfigFixtures.parse(BB_MEAN_REVERSION.replace("\"1d\"", "\"15m\""));

        DataSourceException e = assertThrows(DataSourceException.class, () -> new ConfiguredRunner().load(config,
                new DataSource(orclFile("ORCL.csv"), "yahoo", Optional.empty())));

        assertTrue(e.getMessage().contains("runtime.candle_interval is 15m (runtime.candle_interval, test.yaml line 3)"
                + " but the bars of ORCL are mostly 1d apart"), e.getMessage());
    }

    @Test
    void twoFilesForOneSymbolAreADataProblem() throws IOException {
        orclFile("ORCL.csv");
        orclFile("ORCL.txt");
        StrategyConfig config = ConfigFixtures.parse(BB_MEAN_REVERSION);

        DataSourceException e = assertThrows(DataSourceException.class, () -> new ConfiguredRunner().load(config,
                new DataSource(folder, "yahoo", Optional.empty())));

        assertTrue(e.getMessage().startsWith("cannot tell the symbols of " + folder + " apart"), e.getMessage());
    }

    @Test
    void aMissingDataPathNamesTheKeyToFix() {
        StrategyConfig config = ConfigFixtures.parse(BB_MEAN_REVERSION);

        DataSourceException e = assertThrows(DataSourceException.class, () -> new ConfiguredRunner().load(config,
                new DataSource(folder.resolve("nothing.csv"), "yahoo", Optional.empty())));

        assertTrue(e.getMessage().contains("nothing.csv does not exist"), e.getMessage());
    }
}
