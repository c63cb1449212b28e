/**
 * The command-line app {@code backtester-cli}: {@code run} a YAML strategy file on CSV data and
 * write trades, equity, metrics, run record and an HTML report; {@code validate} a file;
 * list the {@code components} a file can name. Entry point {@link dev.backtester.examples.cli.BacktesterCli};
 * exit statuses in {@link dev.backtester.examples.cli.ExitCode}.
 */
package dev.backtester.examples.cli;
