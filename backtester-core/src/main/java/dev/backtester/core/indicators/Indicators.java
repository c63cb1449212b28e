package dev.backtester.core.indicators;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.momentum.Rsi;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.Sma;

/**
 * Indicators to declare in a strategy: {@code Series sma = builder.indicator(Indicators.sma(20))}.
 * Each factory validates its parameters at once (a bad period fails here, naming the parameter
 * and its allowed range) and returns a spec whose handle is a {@link Series} or, for indicators
 * with several outputs, a record of them. Values follow TA-Lib's conventions; see the
 * backtester-indicators README for each indicator's definition and look-back.
 */
public final class Indicators {
    private Indicators() {
    }

    /** Simple moving average of the close. */
    public static IndicatorSpec<Series> sma(int period) {
        return sma(Source.CLOSE, period);
    }

    /** Simple moving average of {@code source}. */
    public static IndicatorSpec<Series> sma(Source source, int period) {
        return IndicatorAdapter.single(new Sma(source, period));
    }

    /** Exponential moving average of the close, seeded with the SMA of the first {@code period} values (TA-Lib). */
    public static IndicatorSpec<Series> ema(int period) {
        return ema(Source.CLOSE, period);
    }

    /** Exponential moving average of {@code source}. */
    public static IndicatorSpec<Series> ema(Source source, int period) {
        return IndicatorAdapter.single(new Ema(source, period));
    }

    /** Wilder's relative strength index of the close. */
    public static IndicatorSpec<Series> rsi(int period) {
        return rsi(Source.CLOSE, period);
    }

    /** Wilder's relative strength index of {@code source}. */
    public static IndicatorSpec<Series> rsi(Source source, int period) {
        return IndicatorAdapter.single(new Rsi(source, period));
    }

    /** Bollinger Bands of the close: SMA({@code period}) plus and minus {@code k} population standard deviations. */
    public static IndicatorSpec<BollingerBands> bollinger(int period, double k) {
        return bollinger(Source.CLOSE, period, k, k);
    }

    /** Bollinger Bands of {@code source} with separate multipliers for the upper and lower band. */
    public static IndicatorSpec<BollingerBands> bollinger(Source source, int period, double kUp, double kDown) {
        return new IndicatorAdapter<>(new dev.backtester.indicators.volatility.BollingerBands(source, period, kUp, kDown),
                BollingerBands::of);
    }
}
