package dev.backtester.core.indicators;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.momentum.Cci;
import dev.backtester.indicators.momentum.Cmo;
import dev.backtester.indicators.momentum.Momentum;
import dev.backtester.indicators.momentum.Roc;
import dev.backtester.indicators.momentum.Rsi;
import dev.backtester.indicators.momentum.StochRsi;
import dev.backtester.indicators.momentum.Stochastic;
import dev.backtester.indicators.momentum.StochasticFast;
import dev.backtester.indicators.momentum.Trix;
import dev.backtester.indicators.momentum.Tsi;
import dev.backtester.indicators.momentum.UltimateOscillator;
import dev.backtester.indicators.momentum.WilliamsR;
import dev.backtester.indicators.trend.Adx;
import dev.backtester.indicators.trend.Apo;
import dev.backtester.indicators.trend.Aroon;
import dev.backtester.indicators.trend.Dema;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.EmaSeed;
import dev.backtester.indicators.trend.Hma;
import dev.backtester.indicators.trend.Ichimoku;
import dev.backtester.indicators.trend.Kama;
import dev.backtester.indicators.trend.LinearRegression;
import dev.backtester.indicators.trend.MaType;
import dev.backtester.indicators.trend.Macd;
import dev.backtester.indicators.trend.MinusDi;
import dev.backtester.indicators.trend.ParabolicSar;
import dev.backtester.indicators.trend.PlusDi;
import dev.backtester.indicators.trend.Ppo;
import dev.backtester.indicators.trend.Sma;
import dev.backtester.indicators.trend.SuperTrend;
import dev.backtester.indicators.trend.Tema;
import dev.backtester.indicators.trend.Trima;
import dev.backtester.indicators.trend.Vwma;
import dev.backtester.indicators.trend.Wma;
import dev.backtester.indicators.volatility.Atr;
import dev.backtester.indicators.volatility.Donchian;
import dev.backtester.indicators.volatility.HistoricalVolatility;
import dev.backtester.indicators.volatility.Keltner;
import dev.backtester.indicators.volatility.Natr;
import dev.backtester.indicators.volatility.StdDev;
import dev.backtester.indicators.volatility.TrueRange;
import dev.backtester.indicators.volume.AccumulationDistribution;
import dev.backtester.indicators.volume.ChaikinMoneyFlow;
import dev.backtester.indicators.volume.ChaikinOscillator;
import dev.backtester.indicators.volume.ForceIndex;
import dev.backtester.indicators.volume.Mfi;
import dev.backtester.indicators.volume.Obv;
import dev.backtester.indicators.volume.Vwap;
import java.time.ZoneId;

/**
 * Indicators to declare in a strategy: {@code Series sma = builder.indicator(Indicators.sma(20))}.
 *
 * <p>Every indicator of backtester-indicators has a factory here. Each validates its parameters
 * at once (a bad period fails here, naming the parameter and its allowed range) and returns a
 * spec whose handle is a {@link Series} or, for indicators with several outputs, a record of
 * them ({@link MacdLines}, {@link BollingerBands}, ...). Single-input indicators read the close
 * unless a {@link Source} is given. Values follow TA-Lib's conventions; the backtester-indicators
 * README gives each indicator's definition and look-back. {@link #of} declares any other
 * {@link Indicator}, including a user's own.
 */
public final class Indicators {
    private Indicators() {
    }

    /** Any single-output indicator, including one written by the user. */
    public static IndicatorSpec<Series> of(Indicator indicator) {
        return IndicatorAdapter.single(indicator);
    }

    // ---- trend -------------------------------------------------------------------------------

    /** Simple moving average of the close. */
    public static IndicatorSpec<Series> sma(int period) {
        return sma(Source.CLOSE, period);
    }

    /** Simple moving average of {@code source}. */
    public static IndicatorSpec<Series> sma(Source source, int period) {
        return of(new Sma(source, period));
    }

    /** Exponential moving average of the close, seeded with the SMA of the first {@code period} values (TA-Lib). */
    public static IndicatorSpec<Series> ema(int period) {
        return ema(Source.CLOSE, period);
    }

    /** Exponential moving average of {@code source}, seeded with an SMA (TA-Lib). */
    public static IndicatorSpec<Series> ema(Source source, int period) {
        return of(new Ema(source, period));
    }

    /** Exponential moving average of {@code source} with a chosen seeding convention. */
    public static IndicatorSpec<Series> ema(Source source, int period, EmaSeed seed) {
        return of(new Ema(source, period, seed));
    }

    /** Weighted moving average of the close. */
    public static IndicatorSpec<Series> wma(int period) {
        return of(new Wma(Source.CLOSE, period));
    }

    /** Double exponential moving average of the close. */
    public static IndicatorSpec<Series> dema(int period) {
        return of(new Dema(Source.CLOSE, period));
    }

    /** Triple exponential moving average of the close. */
    public static IndicatorSpec<Series> tema(int period) {
        return of(new Tema(Source.CLOSE, period));
    }

    /** Triangular moving average of the close (TA-Lib's split of the period). */
    public static IndicatorSpec<Series> trima(int period) {
        return of(new Trima(Source.CLOSE, period));
    }

    /** Kaufman adaptive moving average of the close with TA-Lib's fast 2 and slow 30. */
    public static IndicatorSpec<Series> kama(int period) {
        return of(new Kama(period));
    }

    /** Kaufman adaptive moving average of {@code source} with explicit fast and slow periods. */
    public static IndicatorSpec<Series> kama(Source source, int period, int fastPeriod, int slowPeriod) {
        return of(new Kama(source, period, fastPeriod, slowPeriod));
    }

    /** Hull moving average of the close. */
    public static IndicatorSpec<Series> hma(int period) {
        return of(new Hma(Source.CLOSE, period));
    }

    /** Volume-weighted moving average of the close. */
    public static IndicatorSpec<Series> vwma(int period) {
        return of(new Vwma(Source.CLOSE, period));
    }

    /** MACD of the close with the usual 12, 26, 9. */
    public static IndicatorSpec<MacdLines> macd() {
        return macd(12, 26, 9);
    }

    /** MACD of the close. */
    public static IndicatorSpec<MacdLines> macd(int fastPeriod, int slowPeriod, int signalPeriod) {
        return new IndicatorAdapter<>(new Macd(Source.CLOSE, fastPeriod, slowPeriod, signalPeriod), Handles::macd);
    }

    /** Absolute price oscillator of the close: fast minus slow moving average of {@code maType}. */
    public static IndicatorSpec<Series> apo(int fastPeriod, int slowPeriod, MaType maType) {
        return of(new Apo(Source.CLOSE, fastPeriod, slowPeriod, maType));
    }

    /** Percentage price oscillator of the close. */
    public static IndicatorSpec<Series> ppo(int fastPeriod, int slowPeriod, MaType maType) {
        return of(new Ppo(Source.CLOSE, fastPeriod, slowPeriod, maType));
    }

    /** Average directional index (Wilder). */
    public static IndicatorSpec<Series> adx(int period) {
        return of(new Adx(period));
    }

    /** Plus directional indicator (Wilder). */
    public static IndicatorSpec<Series> plusDi(int period) {
        return of(new PlusDi(period));
    }

    /** Minus directional indicator (Wilder). */
    public static IndicatorSpec<Series> minusDi(int period) {
        return of(new MinusDi(period));
    }

    /** Aroon up, down and oscillator. */
    public static IndicatorSpec<AroonLines> aroon(int period) {
        return new IndicatorAdapter<>(new Aroon(period), Handles::aroon);
    }

    /** Parabolic SAR with TA-Lib's start-up and flip rules. */
    public static IndicatorSpec<Series> parabolicSar(double acceleration, double maximum) {
        return of(new ParabolicSar(acceleration, maximum));
    }

    /** SuperTrend: ATR bands around the median price that trail the trend. */
    public static IndicatorSpec<SuperTrendLines> superTrend(int period, double multiplier) {
        return new IndicatorAdapter<>(new SuperTrend(period, multiplier), Handles::superTrend);
    }

    /** Rolling linear regression of the close: fitted value and slope. */
    public static IndicatorSpec<RegressionLines> linearRegression(int period) {
        return new IndicatorAdapter<>(new LinearRegression(Source.CLOSE, period), Handles::regression);
    }

    /** Ichimoku cloud without the chikou span (which reads the future). */
    public static IndicatorSpec<IchimokuLines> ichimoku(int tenkanPeriod, int kijunPeriod, int senkouBPeriod) {
        return new IndicatorAdapter<>(new Ichimoku(tenkanPeriod, kijunPeriod, senkouBPeriod), Handles::ichimoku);
    }

    // ---- momentum ----------------------------------------------------------------------------

    /** Wilder's relative strength index of the close. */
    public static IndicatorSpec<Series> rsi(int period) {
        return rsi(Source.CLOSE, period);
    }

    /** Wilder's relative strength index of {@code source}. */
    public static IndicatorSpec<Series> rsi(Source source, int period) {
        return of(new Rsi(source, period));
    }

    /** Slow stochastic (TA-Lib STOCH with SMA smoothing). */
    public static IndicatorSpec<StochasticLines> stochastic(int fastKPeriod, int slowKPeriod, int slowDPeriod) {
        return new IndicatorAdapter<>(new Stochastic(fastKPeriod, slowKPeriod, slowDPeriod), Handles::stochastic);
    }

    /** Fast stochastic (TA-Lib STOCHF). */
    public static IndicatorSpec<StochasticLines> stochasticFast(int fastKPeriod, int fastDPeriod) {
        return new IndicatorAdapter<>(new StochasticFast(fastKPeriod, fastDPeriod), Handles::stochastic);
    }

    /** Stochastic RSI of the close (TA-Lib STOCHRSI). */
    public static IndicatorSpec<StochasticLines> stochRsi(int rsiPeriod, int fastKPeriod, int fastDPeriod) {
        return new IndicatorAdapter<>(new StochRsi(Source.CLOSE, rsiPeriod, fastKPeriod, fastDPeriod),
                Handles::stochastic);
    }

    /** Williams %R. */
    public static IndicatorSpec<Series> williamsR(int period) {
        return of(new WilliamsR(period));
    }

    /** Commodity channel index. */
    public static IndicatorSpec<Series> cci(int period) {
        return of(new Cci(period));
    }

    /** Rate of change of the close, in percent. */
    public static IndicatorSpec<Series> roc(int period) {
        return of(new Roc(Source.CLOSE, period));
    }

    /** Momentum of the close: close minus close {@code period} bars ago. */
    public static IndicatorSpec<Series> momentum(int period) {
        return of(new Momentum(Source.CLOSE, period));
    }

    /** Chande momentum oscillator of the close (Wilder-smoothed, as TA-Lib). */
    public static IndicatorSpec<Series> cmo(int period) {
        return of(new Cmo(Source.CLOSE, period));
    }

    /** TRIX of the close: rate of change of a triple EMA. */
    public static IndicatorSpec<Series> trix(int period) {
        return of(new Trix(Source.CLOSE, period));
    }

    /** Ultimate oscillator. */
    public static IndicatorSpec<Series> ultimateOscillator(int period1, int period2, int period3) {
        return of(new UltimateOscillator(period1, period2, period3));
    }

    /** True strength index of the close. */
    public static IndicatorSpec<Series> tsi(int longPeriod, int shortPeriod) {
        return of(new Tsi(Source.CLOSE, longPeriod, shortPeriod));
    }

    // ---- volatility --------------------------------------------------------------------------

    /** Bollinger Bands of the close: SMA({@code period}) plus and minus {@code k} population standard deviations. */
    public static IndicatorSpec<BollingerBands> bollinger(int period, double k) {
        return bollinger(Source.CLOSE, period, k, k);
    }

    /** Bollinger Bands of {@code source} with separate multipliers for the upper and lower band. */
    public static IndicatorSpec<BollingerBands> bollinger(Source source, int period, double kUp, double kDown) {
        return new IndicatorAdapter<>(new dev.backtester.indicators.volatility.BollingerBands(source, period, kUp, kDown),
                BollingerBands::of);
    }

    /** True range. */
    public static IndicatorSpec<Series> trueRange() {
        return of(new TrueRange());
    }

    /** Average true range (Wilder). */
    public static IndicatorSpec<Series> atr(int period) {
        return of(new Atr(period));
    }

    /** Normalized average true range, in percent of the close. */
    public static IndicatorSpec<Series> natr(int period) {
        return of(new Natr(period));
    }

    /** Keltner channel: EMA of the typical price plus and minus {@code multiplier} ATRs. */
    public static IndicatorSpec<Channel> keltner(int period, int atrPeriod, double multiplier) {
        return new IndicatorAdapter<>(new Keltner(Source.TYPICAL, period, atrPeriod, multiplier), Handles::channel);
    }

    /** Donchian channel: highest high, lowest low and their midpoint. */
    public static IndicatorSpec<Channel> donchian(int period) {
        return new IndicatorAdapter<>(new Donchian(period), Handles::channel);
    }

    /** Population standard deviation of the close. */
    public static IndicatorSpec<Series> stdDev(int period) {
        return of(new StdDev(Source.CLOSE, period));
    }

    /** Annualized historical volatility of close-to-close log returns, for daily bars (252 a year). */
    public static IndicatorSpec<Series> historicalVolatility(int period) {
        return of(new HistoricalVolatility(period));
    }

    /** Annualized historical volatility with an explicit number of bars per year. */
    public static IndicatorSpec<Series> historicalVolatility(int period, double periodsPerYear) {
        return of(new HistoricalVolatility(Source.CLOSE, period, periodsPerYear));
    }

    // ---- volume ------------------------------------------------------------------------------

    /** On-balance volume. */
    public static IndicatorSpec<Series> obv() {
        return of(new Obv());
    }

    /** Accumulation/distribution line. */
    public static IndicatorSpec<Series> accumulationDistribution() {
        return of(new AccumulationDistribution());
    }

    /** Chaikin oscillator: fast minus slow EMA of the A/D line. */
    public static IndicatorSpec<Series> chaikinOscillator(int fastPeriod, int slowPeriod) {
        return of(new ChaikinOscillator(fastPeriod, slowPeriod));
    }

    /** Money flow index. */
    public static IndicatorSpec<Series> mfi(int period) {
        return of(new Mfi(period));
    }

    /** Chaikin money flow. */
    public static IndicatorSpec<Series> chaikinMoneyFlow(int period) {
        return of(new ChaikinMoneyFlow(period));
    }

    /** Session-anchored VWAP of the typical price, resetting when the calendar date in {@code zone} changes. */
    public static IndicatorSpec<Series> vwap(ZoneId zone) {
        return of(new Vwap(Source.TYPICAL, zone));
    }

    /** Force index: EMA of close change times volume. */
    public static IndicatorSpec<Series> forceIndex(int period) {
        return of(new ForceIndex(period));
    }
}
