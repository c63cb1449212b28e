package dev.backtester.indicators.trend;

import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.IndicatorContract;
import dev.backtester.indicators.Source;

import java.util.List;

/** The indicator contract for the trend indicators whose own tests focus on values. */
class TrendContractTest extends IndicatorContract {

    @Override
    protected List<Indicator> indicators() {
        return List.of(new Wma(1), new Wma(Source.HIGH, 7), new Dema(1), new Dema(6), new Tema(4),
                new Trima(1), new Trima(6), new Trima(7), new Kama(1), new Kama(10),
                new Kama(Source.TYPICAL, 5, 3, 20), new Hma(2), new Hma(9), new Vwma(1), new Vwma(10),
                new Macd(), new Macd(Source.OPEN, 1, 2, 1), new Apo(), new Apo(Source.CLOSE, 3, 7, MaType.EMA),
                new Ppo(), new Ppo(Source.LOW, 2, 5, MaType.EMA), new LinearRegression(2),
                new LinearRegression(Source.WEIGHTED, 14));
    }
}
