package dev.backtester.examples.cli;

import dev.backtester.api.result.Metrics;
import dev.backtester.api.run.RunListener;
import dev.backtester.core.config.ConfigException;
import dev.backtester.core.config.ConfigLoader;
import dev.backtester.core.config.ConfiguredRun;
import dev.backtester.core.config.ConfiguredRunner;
import dev.backtester.core.config.DataSource;
import dev.backtester.core.config.DataSourceException;
import dev.backtester.core.config.StrategyConfig;
import dev.backtester.core.data.DataValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run CONFIG --data PATH [--out DIR]}: runs a strategy file and writes its six result files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the strategy of CONFIG on CSV data and writes trades.csv, equity.csv, metrics.json,"
                + " run.json and report.html into DIR. The file is checked completely before any data is read.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the YAML strategy file")
    private Path config;

    @Option(names = "--data", paramLabel = "PATH",
            description = "a CSV file (one symbol) or a folder of CSV files (one per symbol);"
                    + " default: backtest.data.path of the file")
    private Path data;

    @Option(names = "--format", paramLabel = "NAME",
            description = "CSV layout: yahoo, generic or date_time_columns; default: backtest.data.format or yahoo")
    private String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "backtest-results",
            description = "folder for the result files (created if missing); default: ${DEFAULT-VALUE}")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        StrategyConfig strategy;
        try {
            strategy = new ConfigLoader().load(config);
        } catch (ConfigException e) {
            Messages.configProblems(err, e);
            return ExitCode.INVALID_CONFIG.status();
        } catch (UncheckedIOException e) {
            err.println("cannot read the configuration file: " + e.getMessage());
            return ExitCode.INVALID_CONFIG.status();
        }
        long configNanos = System.nanoTime() - start;

        Optional<DataSource> source = dataSource(strategy, err);
        if (source.isEmpty()) {
            return ExitCode.USAGE.status();
        }
        ConfiguredRun run;
        try {
            run = new ConfiguredRunner().run(strategy, source.get(), listener(err));
        } catch (DataSourceException | DataValidationException e) {
            err.println("data problem: " + e.getMessage());
            return ExitCode.DATA.status();
        } catch (UncheckedIOException e) {
            err.println("cannot read the data: " + e.getMessage());
            return ExitCode.DATA.status();
        }
        try {
            RunOutput.write(run, out, configNanos);
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot write the results to " + out + ": " + e.getMessage()
                    + "; choose another folder with --out DIR");
            return ExitCode.OUTPUT.status();
        }
        summary(spec.commandLine().getOut(), run);
        return ExitCode.OK.status();
    }

    /** --data and --format, else the file's data source; empty (with a message) when there is none. */
    private Optional<DataSource> dataSource(StrategyConfig strategy, PrintWriter err) {
        Optional<DataSource> fromFile = strategy.backtest().data();
        String name = format != null ? format.toLowerCase(Locale.ROOT) : fromFile.map(DataSource::format).orElse("yahoo");
        if (!DataSource.FORMATS.contains(name)) {
            err.println("unknown --format '" + format + "'; choose one of " + String.join(", ", DataSource.FORMATS));
            return Optional.empty();
        }
        if (data != null) {
            return Optional.of(new DataSource(data, name, fromFile.flatMap(DataSource::zone)));
        }
        if (fromFile.isPresent()) {
            return Optional.of(new DataSource(fromFile.get().path(), name, fromFile.get().zone()));
        }
        err.println("no data to run on: pass --data PATH (a CSV file or a folder of them), or set backtest.data.path"
                + " in " + config);
        return Optional.empty();
    }

    private RunListener listener(PrintWriter err) {
        // System.console() is null when the streams are redirected: no bar drawn into logs or pipes
        return quiet || System.console() == null ? RunListener.NONE : new ProgressBar(err);
    }

    private void summary(PrintWriter out, ConfiguredRun run) {
        Metrics m = run.result().metrics();
        out.printf(Locale.ROOT, "%s %s on %s: %,d bars, %d trades, total return %s, Sharpe %s, max drawdown %s%n",
                run.config().name(), run.config().version(), String.join(", ", run.result().metadata().symbols()),
                run.result().metadata().barsProcessed(), run.result().trades().size(), Format.percent(m.totalReturn()),
                Format.number(m.sharpe()), Format.percent(m.maxDrawdown()));
        out.printf(Locale.ROOT, "strategy hash %s, parameter hash %s%n", run.hashes().strategyHash(),
                run.hashes().parameterHash());
        out.println("wrote " + String.join(", ", RunOutput.FILES) + " to " + out(run));
    }

    private String out(ConfiguredRun run) {
        return out.toAbsolutePath().normalize().toString();
    }
}
