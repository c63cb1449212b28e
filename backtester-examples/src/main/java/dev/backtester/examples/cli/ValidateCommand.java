package dev.backtester.examples.cli;

import dev.backtester.core.config.ConfigException;
import dev.backtester.core.config.ConfigLoader;
import dev.backtester.core.config.DataSource;
import dev.backtester.core.config.StrategyConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate CONFIG}: checks a strategy file and prints every problem, without reading data. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks CONFIG and prints every problem with its line and key path; exit status 1 if any.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the YAML strategy file")
    private Path config;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
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
        Optional<DataSource> data = strategy.backtest().data();
        if (data.isPresent() && !Files.exists(data.get().path())) {
            // a data path that names nothing is a mistake in the file, even before any run
            err.println(strategy.errorAt("backtest.data.path", data.get().path() + " does not exist"));
            return ExitCode.INVALID_CONFIG.status();
        }
        spec.commandLine().getOut().println(config + ": valid; strategy " + strategy.name() + " " + strategy.version()
                + ", " + strategy.strategy().indicators().size() + " indicators; strategy hash "
                + strategy.hashes().strategyHash());
        return ExitCode.OK.status();
    }
}
