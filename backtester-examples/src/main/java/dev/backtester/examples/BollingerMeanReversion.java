package dev.backtester.examples;

import static dev.backtester.core.indicators.Indicators.bollinger;


import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.SignalLogic;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.core.indicators.BollingerBands;
import dev.backtester.core.indicators.Indicators;

/**
 * Bollinger mean reversion as one reusable {@link SignalLogic}: long when a close falls below the
 * lower band while RSI is oversold, flat when a close rises above the upper band. It declares its own
 * indicators, so a strategy only says {@code signals(new BollingerMeanReversion(20, 2.0, 14, 30))}.
 *
 * @param period    Bollinger period
 * @param width     band width in standard deviations
 * @param rsiPeriod RSI period
 * @param oversold  RSI level below which an entry is allowed
 * @param bands     the bound bands (null until added to a builder)
 * @param rsi       the bound RSI (null until added to a builder)
 */
public record BollingerMeanReversion(int period, double width, int rsiPeriod, double oversold, BollingerBands bands,
                                     Series rsi) implements SignalLogic, UsesIndicators<SignalLogic> {

    /** BB(20, 2) with RSI(14) below 30. */
    public BollingerMeanReversion() {
        this(20, 2.0, 14, 30);
    }

    /** An unbound logic with these parameters. */
    public BollingerMeanReversion(int period, double width, int rsiPeriod, double oversold) {
        this(period, width, rsiPeriod, oversold, null, null);
    }

    @Override
    public SignalLogic declareOn(StrategyBuilder builder) {
        return new BollingerMeanReversion(period, width, rsiPeriod, oversold,
                builder.indicator(bollinger(period, width)), builder.indicator(Indicators.rsi(rsiPeriod)));
    }

    @Override
    public Signal evaluate(DataWindow w) {
        if (bands == null) {
            throw new IllegalStateException("add BollingerMeanReversion to a strategy with StrategyBuilder.signals(...)");
        }
        if (w.close() < w.value(bands.lower()) && w.value(rsi) < oversold) {
            return Signal.LONG;
        }
        return w.close() > w.value(bands.upper()) ? Signal.FLAT : Signal.NONE;
    }

    @Override
    public String ruleName(Signal signal) {
        return signal == Signal.LONG ? "close below lower band, RSI oversold" : "close above upper band";
    }
}
