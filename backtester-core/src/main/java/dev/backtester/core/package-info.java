/**
 * backtester-core: the engine ({@code engine}), market data loading and validation
 * ({@code data}), execution models ({@code execution}), position sizers ({@code sizing}), risk rules
 * ({@code risk}), regime classifiers ({@code regime}), indicator handles for strategies
 * ({@code indicators}), higher timeframes ({@code timeframe}), calendars ({@code calendar}),
 * universes ({@code universe}), the column cache ({@code cache}), YAML strategy files
 * ({@code config}) and result analytics ({@code analytics}).
 */
package dev.backtester.core;
