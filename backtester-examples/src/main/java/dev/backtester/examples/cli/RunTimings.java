package dev.backtester.examples.cli;

/**
 * Where the time of one CLI run went, in nanoseconds.
 *
 * @param config reading and checking the configuration
 * @param load   loading and slicing the data
 * @param run    the backtest, indicators included
 * @param engine the engine's own measure of the run (from the run metadata)
 * @param write  writing trades, equity, metrics and report
 */
record RunTimings(long config, long load, long run, long engine, long write) {
}
