package dev.backtester.core.config;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.run.RunListener;
import dev.backtester.core.data.BadBarPolicy;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvDirectoryProvider;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.engine.Backtest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the bars a configuration names and runs its strategy on them from one shared account.
 *
 * <p>The data is a CSV file (one symbol: the only entry of {@code backtest.symbols}, or the file
 * name) or a directory of CSV files (the listed symbols, or all of them). Bars are cut to
 * {@code start_date}..{@code end_date} in the data's time zone, and checked against
 * {@code runtime.candle_interval} when it is given.
 */
public final class ConfiguredRunner {
    private static final List<String> EXTENSIONS = List.of("csv", "txt");

    /** Runs with the data source written in the configuration. */
    public ConfiguredRun run(StrategyConfig config, RunListener listener) {
        DataSource data = config.backtest().data().orElseThrow(() -> new DataSourceException(
                config.source() + ": no data source; set backtest.data.path in the file or give the data when running"));
        return run(config, data, listener);
    }

    /**
     * Runs on {@code data} (which overrides the file's own data source).
     *
     * @throws DataSourceException                                  when the data cannot be had
     * @throws dev.backtester.core.data.DataValidationException     when a data file has bad rows
     */
    public ConfiguredRun run(StrategyConfig config, DataSource data, RunListener listener) {
        long loadStart = System.nanoTime();
        List<BarSeries> series = load(config, data);
        long loaded = System.nanoTime();
        BacktestSettings settings = config.backtest();
        RunResult result = Backtest.of(config.strategy()).initialCapital(settings.initialCapital())
                .riskFreeRate(settings.riskFreeRate()).maxLeverage(settings.maxLeverage()).listener(listener)
                .run(series);
        long ran = System.nanoTime();
        return new ConfiguredRun(config, result, data, zoneOf(data), loaded - loadStart, ran - loaded);
    }

    /** The bars the configuration asks for from {@code data}, cut to its dates and checked. */
    public List<BarSeries> load(StrategyConfig config, DataSource data) {
        Path path = data.path();
        if (!Files.exists(path)) {
            throw new DataSourceException("data path " + path + " does not exist" + fromFile(config, "backtest.data.path"));
        }
        List<BarSeries> loaded = Files.isDirectory(path) ? loadDirectory(config, data) : List.of(loadFile(config, data));
        BacktestSettings settings = config.backtest();
        ZoneId zone = zoneOf(data);
        List<BarSeries> sliced = new ArrayList<>();
        for (BarSeries one : loaded) {
            BarSeries cut = DateSlice.slice(one, settings.startDate(), settings.endDate(), zone);
            if (cut.size() == 0) {
                throw new DataSourceException("no bars of " + one.symbol() + " between "
                        + settings.startDate().map(Object::toString).orElse("the start") + " and "
                        + settings.endDate().map(Object::toString).orElse("the end")
                        + fromFile(config, "backtest.start_date") + "; the data covers "
                        + (one.size() == 0 ? "nothing" : DateSlice.dateOf(one.time(0), zone) + " to "
                        + DateSlice.dateOf(one.time(one.size() - 1), zone)));
            }
            config.runtime().candleInterval().ifPresent(interval -> checkInterval(config, cut, interval));
            sliced.add(cut);
        }
        return sliced;
    }

    private static BarSeries loadFile(StrategyConfig config, DataSource data) {
        List<String> symbols = config.backtest().symbols();
        if (symbols.size() > 1) {
            throw new DataSourceException("the data is one file, which holds one symbol, but backtest.symbols lists "
                    + symbols.size() + fromFile(config, "backtest.symbols") + "; point the data at a directory with"
                    + " one file per symbol");
        }
        String symbol = symbols.isEmpty() ? CsvBarReader.symbolOf(data.path()) : symbols.get(0);
        return new CsvBarReader(data.csvFormat()).read(data.path(), symbol);
    }

    private static List<BarSeries> loadDirectory(StrategyConfig config, DataSource data) {
        CsvDirectoryProvider provider = new CsvDirectoryProvider(data.path(), data.csvFormat(), BadBarPolicy.FAIL,
                EXTENSIONS);
        List<String> available;
        try {
            available = provider.symbols();
        } catch (IllegalStateException e) {
            // two files for one symbol (A.csv and A.txt): the folder's content is the mistake
            throw new DataSourceException("cannot tell the symbols of " + data.path() + " apart: " + e.getMessage());
        }
        List<String> symbols = config.backtest().symbols().isEmpty() ? available : config.backtest().symbols();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            if (!available.contains(symbols.get(i))) {
                missing.add(symbols.get(i) + fromFile(config, "backtest.symbols[" + i + "]"));
            }
        }
        if (!missing.isEmpty() || symbols.isEmpty()) {
            throw new DataSourceException("no data file (." + String.join(" or .", EXTENSIONS) + ") in " + data.path()
                    + " for " + (symbols.isEmpty() ? "any symbol" : String.join(", ", missing)) + "; files there hold: "
                    + (available.isEmpty() ? "nothing" : String.join(", ", available)));
        }
        return provider.loadAll(symbols);
    }

    private static void checkInterval(StrategyConfig config, BarSeries bars, CandleInterval interval) {
        if (bars.size() < 2) {
            return;
        }
        // the most common gap between bars is the bar length: weekends, holidays and missing
        // bars make some gaps longer, but they are the exception
        Map<Long, Integer> counts = new HashMap<>();
        long typical = 0;
        int best = 0;
        for (int i = 1; i < bars.size(); i++) {
            long gap = bars.time(i) - bars.time(i - 1);
            int count = counts.merge(gap, 1, Integer::sum);
            if (count > best || count == best && gap < typical) {
                best = count;
                typical = gap;
            }
        }
        if (typical != interval.duration().toMillis()) {
            throw new DataSourceException("runtime.candle_interval is " + interval.text()
                    + fromFile(config, "runtime.candle_interval") + " but the bars of " + bars.symbol() + " are mostly "
                    + describe(Duration.ofMillis(typical)) + " apart; use data of that interval or change the setting");
        }
    }

    private static String describe(Duration gap) {
        if (gap.toDays() > 0 && gap.equals(Duration.ofDays(gap.toDays()))) {
            return gap.toDays() + "d";
        }
        if (gap.toHours() > 0 && gap.equals(Duration.ofHours(gap.toHours()))) {
            return gap.toHours() + "h";
        }
        if (gap.toMinutes() > 0 && gap.equals(Duration.ofMinutes(gap.toMinutes()))) {
            return gap.toMinutes() + "m";
        }
        return gap.toMillis() + " ms";
    }

    private static String fromFile(StrategyConfig config, String path) {
        Integer line = config.lines().get(path);
        return line == null ? "" : " (" + path + ", " + config.source() + " line " + line + ")";
    }

    private static ZoneId zoneOf(DataSource data) {
        CsvFormat format = data.csvFormat();
        return format.timestamp().zone();
    }
}
