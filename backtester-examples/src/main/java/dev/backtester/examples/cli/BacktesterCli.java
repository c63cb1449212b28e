package dev.backtester.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code backtester-cli}: runs and checks YAML strategy files.
 *
 * <pre>
 * java -jar backtester-cli.jar run CONFIG --data PATH [--format NAME] [--out DIR] [--quiet]
 * java -jar backtester-cli.jar validate CONFIG
 * java -jar backtester-cli.jar components
 * </pre>
 *
 * Exit statuses are those of {@link ExitCode}. Mistakes of the user (a bad file, missing data,
 * a wrong option) are printed as messages saying what to fix, never as stack traces.
 */
@Command(name = "backtester-cli", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs and checks YAML backtest strategy files.",
        subcommands = {RunCommand.class, ValidateCommand.class, ComponentsCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:invalid configuration", "2:wrong command line", "3:data problem",
                "4:cannot write the output", "70:internal error (please report it)"})
public final class BacktesterCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new BacktesterCli());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // only bugs get here: the commands turn every user mistake into a message and a status
            commandLine.getErr().println("internal error (please report it with the trace below): " + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCode.INTERNAL.status();
        });
        return cli.execute(args);
    }

    /** Without a subcommand: print the usage and fail as a usage error. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: run, validate or components");
    }
}
