package dev.backtester.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.backtester.api.DeclaredIndicator;
import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.sizing.Sizers;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.trend.MaType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndicatorsBridgeTest {

    private static BarSeries orcl() throws URISyntaxException {
        Path file = Path.of(IndicatorsBridgeTest.class.getResource("/data/orcl-1995-2014.txt").toURI());
        return new CsvBarReader(CsvFormat.yahoo()).read(file, "ORCL");
    }

    /** One spec per factory, with typical parameters. */
    private static List<IndicatorSpec<?>> everyFactory() {
        return List.of(Indicators.sma(20), Indicators.ema(20), Indicators.wma(20), Indicators.dema(20),
                Indicators.tema(20), Indicators.trima(20), Indicators.kama(10), Indicators.hma(16), Indicators.vwma(20),
                Indicators.macd(), Indicators.apo(12, 26, MaType.EMA), Indicators.ppo(12, 26, MaType.SMA),
                Indicators.adx(14), Indicators.plusDi(14), Indicators.minusDi(14), Indicators.aroon(25),
                Indicators.parabolicSar(0.02, 0.2), Indicators.superTrend(10, 3), Indicators.linearRegression(14),
                Indicators.ichimoku(9, 26, 52), Indicators.rsi(14), Indicators.stochastic(14, 3, 3),
                Indicators.stochasticFast(14, 3), Indicators.stochRsi(14, 14, 3), Indicators.williamsR(14),
                Indicators.cci(20), Indicators.roc(10), Indicators.momentum(10), Indicators.cmo(14), Indicators.trix(15),
                Indicators.ultimateOscillator(7, 14, 28), Indicators.tsi(25, 13), Indicators.bollinger(20, 2),
                Indicators.trueRange(), Indicators.atr(14), Indicators.natr(14), Indicators.keltner(20, 10, 2),
                Indicators.donchian(20), Indicators.stdDev(20), Indicators.historicalVolatility(20), Indicators.obv(),
                Indicators.accumulationDistribution(), Indicators.chaikinOscillator(3, 10), Indicators.mfi(14),
                Indicators.chaikinMoneyFlow(20), Indicators.vwap(ZoneId.of("America/New_York")),
                Indicators.forceIndex(13));
    }

    @Test
    void everyIndicatorOfTheLibraryHasAFactory() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.backtester.indicators", "dev.backtester.core.indicators");
        JavaClass factory = classes.get(Indicators.class);
        Set<String> used = new TreeSet<>();
        for (Dependency d : factory.getDirectDependenciesFromSelf()) {
            used.add(d.getTargetClass().getName());
        }
        Set<String> missing = new TreeSet<>();
        for (JavaClass c : classes) {
            boolean concrete = !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT);
            if (concrete && c.isAssignableTo(Indicator.class) && c.getPackageName().startsWith("dev.backtester.indicators.")
                    && !c.isNestedClass() && !c.isAnonymousClass() && !used.contains(c.getName())) {
                missing.add(c.getName());
            }
        }
        assertTrue(missing.isEmpty(), "indicators without a factory in Indicators: " + missing);
    }

    @Test
    void valuesReadThroughTheWindowEqualTheKernelsBarByBar() throws URISyntaxException {
        BarSeries bars = orcl();
        Bars columns = new Bars(bars.times(), bars.column(PriceField.OPEN), bars.column(PriceField.HIGH),
                bars.column(PriceField.LOW), bars.column(PriceField.CLOSE), bars.column(PriceField.VOLUME));
        StrategyBuilder b = StrategyBuilder.named("all-indicators");
        List<IndicatorSpec<?>> specs = everyFactory();
        for (IndicatorSpec<?> spec : specs) {
            b.indicator(spec);
        }
        List<Series> outputs = new ArrayList<>();
        Strategy[] built = new Strategy[1];
        double[][] seen = new double[200][bars.size()];
        built[0] = b.signals(w -> {
            for (int k = 0; k < outputs.size(); k++) {
                seen[k][w.bar()] = w.value(outputs.get(k));
            }
            return Signal.NONE;
        }).sizing(Sizers.fixedShares(1)).warmup(0).build();
        for (DeclaredIndicator d : built[0].indicators()) {
            outputs.addAll(d.outputs());
        }
        Backtest.of(built[0]).run(bars);

        int k = 0;
        for (DeclaredIndicator d : built[0].indicators()) {
            Indicator indicator = ((IndicatorAdapter<?>) d.spec()).indicator();
            double[][] expected = indicator.compute(columns);
            assertEquals(indicator.lookback(), d.spec().lookback());
            for (double[] output : expected) {
                for (int i = 0; i < bars.size(); i++) {
                    assertEquals(output[i], seen[k][i], 0.0, indicator.name() + " output " + k + " at bar " + i);
                }
                k++;
            }
        }
        assertEquals(specs.size(), built[0].indicators().size(), "every spec declared once");
    }

    @Test
    void badParametersFailAtDeclarationNamingTheParameter() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Indicators.sma(0));
        assertTrue(e.getMessage().contains("period"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Indicators.macd(26, 12, 9));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Indicators.bollinger(20, Double.NaN));
    }
}
