/**
 * Timeframes, resampling and multi-timeframe indicators.
 *
 * <ul>
 *   <li>{@link dev.backtester.core.timeframe.Timeframe}: 1m, 5m, 15m, 30m, 1h, 4h (any whole number of
 *       minutes), 1d, 1w, 1mo; parsed from and written as those strings.</li>
 *   <li>{@link dev.backtester.core.timeframe.Resampler} builds higher-timeframe bars from finer ones (open of
 *       the first, max high, min low, close of the last, summed volume, timed at the bar END) following a
 *       {@link dev.backtester.core.calendar.TradingCalendar}: a daily bar is one session ending at its close,
 *       weeks and months aggregate sessions, minute buckets count from the session open.
 *       {@link dev.backtester.core.timeframe.ResampledBars} holds the completed bars and the index map from
 *       each primary bar to the last higher bar completed at or before its end.</li>
 *   <li>{@link dev.backtester.core.timeframe.Timeframes} makes ordinary indicator specs from that:
 *       {@code Timeframes.on(Timeframe.DAY, Indicators.sma(20))} (an indicator on the higher bars) and
 *       {@code Timeframes.bars(Timeframe.DAY)} (the last completed higher bar as a
 *       {@link dev.backtester.core.timeframe.HigherBars} handle). The engine computes them on the primary
 *       series like any other indicator, so multi-timeframe strategies need nothing else from it.</li>
 * </ul>
 *
 * <p><b>Completion rule.</b> A higher bar is complete at primary bar t when t's end time reaches the higher
 * bar's end: the period boundary or session close (an early close on a half day), known from the calendar
 * in advance. Without a calendar days end at midnight, so a daily bar completes when the first bar of the
 * next day appears. Only bars up to t decide it, and a higher bar still forming is never visible: no value
 * readable at t changes when bars after t change. A property test checks exactly that.
 */
package dev.backtester.core.timeframe;
