package dev.backtester.core.config;

import dev.backtester.core.indicators.Indicators;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.momentum.Cmo;
import dev.backtester.indicators.momentum.Momentum;
import dev.backtester.indicators.momentum.Roc;
import dev.backtester.indicators.momentum.Trix;
import dev.backtester.indicators.momentum.Tsi;
import dev.backtester.indicators.trend.Dema;
import dev.backtester.indicators.trend.Hma;
import dev.backtester.indicators.trend.Kama;
import dev.backtester.indicators.trend.MaType;
import dev.backtester.indicators.trend.Tema;
import dev.backtester.indicators.trend.Trima;
import dev.backtester.indicators.trend.Vwma;
import dev.backtester.indicators.trend.Wma;
import dev.backtester.indicators.volatility.StdDev;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The library's indicators by YAML name, one registration each. Factories call the same
 * {@link Indicators} factories (or indicator constructors) a Java strategy would, so YAML and
 * Java strategies compute identical values; outputs are addressed by the indicator's own output
 * names ({@code macd.signal}, {@code bb.lower}).
 */
public final class BuiltInIndicators implements ComponentProvider {
    private static final Range PERIOD = Range.closed(1, 100_000);
    private static final Range MULTIPLIER = Range.closed(0, 100);
    private static final String SOURCE = "source: open|high|low|close|volume|median|typical|weighted (close)";
    private static final String REQUIRED_PERIOD = "period: int >= 1 (required); " + SOURCE;

    @Override
    public void register(ComponentRegistry.Builder r) {
        trend(r);
        momentum(r);
        volatility(r);
        volume(r);
    }

    private static void trend(ComponentRegistry.Builder r) {
        r.indicator("sma", "simple moving average; " + REQUIRED_PERIOD,
                p -> Indicators.sma(source(p), period(p)));
        r.indicator("ema", "exponential moving average, SMA-seeded; " + REQUIRED_PERIOD,
                p -> Indicators.ema(source(p), period(p)));
        r.indicator("wma", "weighted moving average; " + REQUIRED_PERIOD, p -> Indicators.of(new Wma(source(p), period(p))));
        r.indicator("dema", "double EMA; " + REQUIRED_PERIOD, p -> Indicators.of(new Dema(source(p), period(p))));
        r.indicator("tema", "triple EMA; " + REQUIRED_PERIOD, p -> Indicators.of(new Tema(source(p), period(p))));
        r.indicator("trima", "triangular moving average; " + REQUIRED_PERIOD,
                p -> Indicators.of(new Trima(source(p), period(p))));
        r.indicator("hma", "Hull moving average; " + REQUIRED_PERIOD, p -> Indicators.of(new Hma(source(p), period(p))));
        r.indicator("vwma", "volume-weighted moving average; " + REQUIRED_PERIOD,
                p -> Indicators.of(new Vwma(source(p), period(p))));
        r.indicator("kama", "Kaufman adaptive moving average; period: int (required); fast_period: int (2);"
                        + " slow_period: int (30); " + SOURCE,
                p -> Indicators.of(new Kama(source(p), period(p), p.integer("fast_period", 2, PERIOD),
                        p.integer("slow_period", 30, PERIOD))));
        r.indicator("macd", "outputs macd, signal, histogram; fast_period (12), slow_period (26), signal_period (9)",
                p -> Indicators.macd(p.integer("fast_period", 12, PERIOD), p.integer("slow_period", 26, PERIOD),
                        p.integer("signal_period", 9, PERIOD)));
        r.indicator("apo", "absolute price oscillator; fast_period (12); slow_period (26); ma_type: sma|ema (sma)",
                p -> Indicators.apo(p.integer("fast_period", 12, PERIOD), p.integer("slow_period", 26, PERIOD),
                        maType(p)));
        r.indicator("ppo", "percentage price oscillator; fast_period (12); slow_period (26); ma_type: sma|ema (sma)",
                p -> Indicators.ppo(p.integer("fast_period", 12, PERIOD), p.integer("slow_period", 26, PERIOD),
                        maType(p)));
        r.indicator("adx", "average directional index; period (14)", p -> Indicators.adx(period(p, 14)));
        r.indicator("plus_di", "plus directional indicator; period (14)", p -> Indicators.plusDi(period(p, 14)));
        r.indicator("minus_di", "minus directional indicator; period (14)", p -> Indicators.minusDi(period(p, 14)));
        r.indicator("aroon", "outputs up, down, oscillator; period (14)", p -> Indicators.aroon(period(p, 14)));
        r.indicator("parabolic_sar", "acceleration: number (0.02); maximum: number (0.2)",
                p -> Indicators.parabolicSar(p.number("acceleration", 0.02, Range.greaterThan(0)),
                        p.number("maximum", 0.2, Range.greaterThan(0))));
        r.indicator("supertrend", "outputs value, direction; period (10); multiplier: number (3.0)",
                p -> Indicators.superTrend(period(p, 10), p.number("multiplier", 3.0, MULTIPLIER)));
        r.indicator("linear_regression", "outputs value, slope; period: int >= 2 (required)",
                p -> Indicators.linearRegression(period(p)));
        r.indicator("ichimoku", "outputs tenkan, kijun, senkou_a, senkou_b; tenkan_period (9); kijun_period (26);"
                        + " senkou_b_period (52)",
                p -> Indicators.ichimoku(p.integer("tenkan_period", 9, PERIOD), p.integer("kijun_period", 26, PERIOD),
                        p.integer("senkou_b_period", 52, PERIOD)));
    }

    private static void momentum(ComponentRegistry.Builder r) {
        r.indicator("rsi", "Wilder's RSI; period: int >= 2 (14); " + SOURCE,
                p -> Indicators.rsi(source(p), p.integer("period", 14, Range.closed(2, 100_000))));
        r.indicator("stochastic", "slow stochastic, outputs k, d; fast_k_period (14); slow_k_period (3);"
                        + " slow_d_period (3)",
                p -> Indicators.stochastic(p.integer("fast_k_period", 14, PERIOD), p.integer("slow_k_period", 3, PERIOD),
                        p.integer("slow_d_period", 3, PERIOD)));
        r.indicator("stochastic_fast", "fast stochastic, outputs k, d; fast_k_period (14); fast_d_period (3)",
                p -> Indicators.stochasticFast(p.integer("fast_k_period", 14, PERIOD),
                        p.integer("fast_d_period", 3, PERIOD)));
        r.indicator("stoch_rsi", "stochastic RSI, outputs k, d; rsi_period (14); fast_k_period (5); fast_d_period (3)",
                p -> Indicators.stochRsi(p.integer("rsi_period", 14, PERIOD), p.integer("fast_k_period", 5, PERIOD),
                        p.integer("fast_d_period", 3, PERIOD)));
        r.indicator("williams_r", "Williams %R; period (14)", p -> Indicators.williamsR(period(p, 14)));
        r.indicator("cci", "commodity channel index; period (20)", p -> Indicators.cci(period(p, 20)));
        r.indicator("roc", "rate of change in percent; " + REQUIRED_PERIOD, p -> Indicators.of(new Roc(source(p), period(p))));
        r.indicator("momentum", "value minus value 'period' bars ago; " + REQUIRED_PERIOD,
                p -> Indicators.of(new Momentum(source(p), period(p))));
        r.indicator("cmo", "Chande momentum oscillator; " + REQUIRED_PERIOD, p -> Indicators.of(new Cmo(source(p), period(p))));
        r.indicator("trix", "rate of change of a triple EMA; " + REQUIRED_PERIOD,
                p -> Indicators.of(new Trix(source(p), period(p))));
        r.indicator("ultimate_oscillator", "period1 (7); period2 (14); period3 (28)",
                p -> Indicators.ultimateOscillator(p.integer("period1", 7, PERIOD), p.integer("period2", 14, PERIOD),
                        p.integer("period3", 28, PERIOD)));
        r.indicator("tsi", "true strength index; long_period (25); short_period (13); " + SOURCE,
                p -> Indicators.of(new Tsi(source(p), p.integer("long_period", 25, PERIOD),
                        p.integer("short_period", 13, PERIOD))));
    }

    private static void volatility(ComponentRegistry.Builder r) {
        r.indicator("bollinger_bands", "outputs upper, middle, lower, percent_b, bandwidth; period (20); std_dev:"
                        + " number in [0, 100] (2.0); std_dev_up, std_dev_down: per band (std_dev); " + SOURCE,
                p -> {
                    Source source = source(p);
                    int period = p.integer("period", 20, PERIOD);
                    double k = p.number("std_dev", 2.0, MULTIPLIER);
                    return Indicators.bollinger(source, period, p.number("std_dev_up", k, MULTIPLIER),
                            p.number("std_dev_down", k, MULTIPLIER));
                });
        r.indicator("true_range", "true range; no parameters", p -> Indicators.trueRange());
        r.indicator("atr", "average true range; period (14)", p -> Indicators.atr(period(p, 14)));
        r.indicator("natr", "ATR in percent of the close; period (14)", p -> Indicators.natr(period(p, 14)));
        r.indicator("keltner", "outputs upper, middle, lower; period (20); atr_period (10); multiplier (2.0)",
                p -> Indicators.keltner(period(p, 20), p.integer("atr_period", 10, PERIOD),
                        p.number("multiplier", 2.0, MULTIPLIER)));
        r.indicator("donchian", "outputs upper, middle, lower; period (20)", p -> Indicators.donchian(period(p, 20)));
        r.indicator("stddev", "population standard deviation; " + REQUIRED_PERIOD,
                p -> Indicators.of(new StdDev(source(p), period(p))));
        r.indicator("historical_volatility", "annualized volatility of log returns; period: int >= 2 (required);"
                        + " periods_per_year: number > 0 (252)",
                p -> Indicators.historicalVolatility(period(p), p.number("periods_per_year", 252, Range.greaterThan(0))));
    }

    private static void volume(ComponentRegistry.Builder r) {
        r.indicator("obv", "on-balance volume; no parameters", p -> Indicators.obv());
        r.indicator("accumulation_distribution", "accumulation/distribution line; no parameters",
                p -> Indicators.accumulationDistribution());
        r.indicator("chaikin_oscillator", "fast_period (3); slow_period (10)",
                p -> Indicators.chaikinOscillator(p.integer("fast_period", 3, PERIOD), p.integer("slow_period", 10, PERIOD)));
        r.indicator("mfi", "money flow index; period (14)", p -> Indicators.mfi(period(p, 14)));
        r.indicator("chaikin_money_flow", "period (20)", p -> Indicators.chaikinMoneyFlow(period(p, 20)));
        r.indicator("vwap", "session VWAP of the typical price; zone: time zone whose date change starts a session (UTC)",
                p -> Indicators.vwap(zone(p)));
        r.indicator("force_index", "EMA of close change times volume; period (13)",
                p -> Indicators.forceIndex(period(p, 13)));
    }

    private static int period(Params p) {
        return p.integer("period", PERIOD);
    }

    private static int period(Params p, int defaultPeriod) {
        return p.integer("period", defaultPeriod, PERIOD);
    }

    /** The optional {@code source} parameter: which bar value the indicator reads. */
    static Source source(Params params) {
        List<String> names = new ArrayList<>();
        for (Source source : Source.values()) {
            names.add(source.label());
        }
        String name = params.choice("source", "close", names);
        return Source.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static MaType maType(Params p) {
        return MaType.valueOf(p.choice("ma_type", "sma", List.of("sma", "ema")).toUpperCase(Locale.ROOT));
    }

    private static ZoneId zone(Params p) {
        String text = p.text("zone", "UTC");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            p.reject("zone", "unknown time zone '" + text + "'; use a region id such as America/New_York or UTC");
            return ZoneOffset.UTC;
        }
    }
}
