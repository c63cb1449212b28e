package dev.backtester.core.timeframe;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.TradingCalendar;

/**
 * Higher-timeframe values to declare in a strategy running on a finer primary timeframe:
 *
 * <pre>{@code
 * Series dailySma = b.indicator(Timeframes.on(Timeframe.DAY, calendar, Indicators.sma(20)));
 * HigherBars daily = b.indicator(Timeframes.bars(Timeframe.DAY, calendar));
 * Series dailyClose = b.indicator(Timeframes.price(Timeframe.DAY, calendar, PriceField.CLOSE));
 * Condition upTrend = w -> w.value(daily.close()) > w.value(dailySma);
 * }</pre>
 *
 * At each primary bar signal logic reads the last COMPLETED higher bar and the indicator values computed
 * on the completed higher bars, never a bar still forming. Ids name the timeframe (and the calendar when
 * there is one), e.g. {@code 1d:sma(close,20)}, so the same indicator on two timeframes is two columns.
 */
public final class Timeframes {

    private Timeframes() {
    }

    /** {@code inner} on {@code timeframe} bars without an exchange calendar (days split at midnight UTC). */
    public static <H> IndicatorSpec<H> on(Timeframe timeframe, IndicatorSpec<H> inner) {
        return new HigherTimeframeIndicator<>(Resampler.of(timeframe), inner);
    }

    /** {@code inner} on {@code timeframe} bars following {@code calendar}'s sessions. */
    public static <H> IndicatorSpec<H> on(Timeframe timeframe, TradingCalendar calendar, IndicatorSpec<H> inner) {
        return new HigherTimeframeIndicator<>(Resampler.of(timeframe, calendar), inner);
    }

    /** {@code inner} on the bars {@code resampler} builds. */
    public static <H> IndicatorSpec<H> on(Resampler resampler, IndicatorSpec<H> inner) {
        return new HigherTimeframeIndicator<>(resampler, inner);
    }

    /** {@code inner} on bars of the timeframe written as {@code timeframe}, e.g. {@code "1h"}; see {@link Timeframe#parse}. */
    public static <H> IndicatorSpec<H> on(String timeframe, IndicatorSpec<H> inner) {
        return on(Timeframe.parse(timeframe), inner);
    }

    /** The last completed {@code timeframe} bar, without an exchange calendar. */
    public static IndicatorSpec<HigherBars> bars(Timeframe timeframe) {
        return new HigherTimeframeBars(Resampler.of(timeframe));
    }

    /** The last completed {@code timeframe} bar, following {@code calendar}'s sessions. */
    public static IndicatorSpec<HigherBars> bars(Timeframe timeframe, TradingCalendar calendar) {
        return new HigherTimeframeBars(Resampler.of(timeframe, calendar));
    }

    /** The last completed bar that {@code resampler} builds. */
    public static IndicatorSpec<HigherBars> bars(Resampler resampler) {
        return new HigherTimeframeBars(resampler);
    }

    /**
     * One field of the last completed {@code timeframe} bar following {@code calendar}'s sessions, e.g. the
     * daily close, as a single column: {@link #bars} holds six columns, this one.
     */
    public static IndicatorSpec<Series> price(Timeframe timeframe, TradingCalendar calendar, PriceField field) {
        return new HigherTimeframeIndicator<>(Resampler.of(timeframe, calendar), new PriceFieldSpec(field));
    }

    /** One field of the last completed {@code timeframe} bar, without an exchange calendar. */
    public static IndicatorSpec<Series> price(Timeframe timeframe, PriceField field) {
        return new HigherTimeframeIndicator<>(Resampler.of(timeframe), new PriceFieldSpec(field));
    }

    /** {@code 1d:} without a calendar, {@code 1d@<calendar id>:} with one. */
    static String prefix(Resampler resampler) {
        String label = resampler.timeframe().label();
        TradingCalendar calendar = resampler.calendar();
        return calendar.equals(Calendars.utc()) ? label + ":" : label + "@" + calendar.id() + ":";
    }
}
