/**
 * Strategies written as YAML files: {@link dev.backtester.core.config.ConfigLoader} reads a file,
 * checks it completely (every problem with its key path and line, before any data is loaded) and
 * builds the same {@code Strategy} a {@code StrategyBuilder} would;
 * {@link dev.backtester.core.config.ConfiguredRunner} loads the data the file names and runs it.
 *
 * <p>Components (indicators, conditions, sizers, risk rules, regime classifiers, fill, commission
 * and slippage models) are found by name in a {@link dev.backtester.core.config.ComponentRegistry}
 * filled by {@link dev.backtester.core.config.ComponentProvider}s found with
 * {@link java.util.ServiceLoader}, so a component on the class path is usable in YAML without
 * touching this package. The format is documented in {@code docs/yaml-reference.md}.
 */
package dev.backtester.core.config;
