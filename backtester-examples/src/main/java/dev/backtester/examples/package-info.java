/**
 * Runnable examples on bundled real data: {@link dev.backtester.examples.Demo} (the README's demo),
 * an SMA-cross and a Bollinger mean-reversion strategy, the report printer and the bundled-data
 * loader used by the JShell script.
 */
package dev.backtester.examples;
