/**
 * Side-by-side runs against other backtesting libraries: the same strategy, checked to trade
 * identically ({@code Ta4jSmaCrossTest}), timed in one JMH run ({@link dev.backtester.benchmarks.comparison.Ta4jBenchmarks}).
 */
package dev.backtester.benchmarks.comparison;
