package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.BB_MEAN_REVERSION;
import static dev.backtester.core.config.ConfigFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.FillModels;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.indicators.BollingerBands;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.api.run.RunListener;
import dev.backtester.core.sizing.Sizers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A strategy loaded from YAML runs exactly like the same strategy written with StrategyBuilder. */
class ConfigRoundTripTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theDesignExampleRunsLikeItsBuilderTwin() {
        StrategyConfig config = parse(BB_MEAN_REVERSION);
        DataSource data = new DataSource(ConfigFixtures.dataFile("orcl-1995-2014.txt"), "yahoo", Optional.empty());
        ConfiguredRun configured = new ConfiguredRunner().run(config, data, RunListener.NONE);

        StrategyBuilder b = StrategyBuilder.named("bb_mean_reversion");
        BollingerBands bands = b.indicator(Indicators.bollinger(20, 2.0));
        Series rsi = b.indicator(Indicators.rsi(14));
        Strategy built = b.entryLong(w -> w.close() < w.value(bands.lower()) && w.value(rsi) < 30)
                .exitLong(w -> w.close() > w.value(bands.upper()))
                .sizing(Sizers.percentOfEquity(0.95))
                .commission(Commissions.percentOfValue(0.001))
                .fills(FillModels.nextBarOpen())
                .warmup(100)
                .build();
        List<BarSeries> bars = new ConfiguredRunner().load(config, data);
        RunResult expected = Backtest.of(built).initialCapital(100_000).run(bars);

        assertTrue(expected.trades().size() > 3, "the example trades a few times in 15 years");
        assertEquals(RunFingerprint.of(expected), RunFingerprint.of(configured.result()));
        assertEquals("bb_mean_reversion", configured.result().metadata().strategyName());
        assertEquals(LocalDate.of(2000, 1, 3), DateSlice.dateOf(configured.result().equity().time(0), NEW_YORK));
        assertEquals(LocalDate.of(2014, 12, 31), DateSlice.dateOf(
                configured.result().equity().time(configured.result().equity().size() - 1), NEW_YORK));
    }

    @Test
    void genericConditionsGroupsShortsAndExecutionModelsRunLikeTheirBuilderTwins() {
        StrategyConfig config = parse("""
                strategy: generic
                version: 1.0.0
                components:
                  indicators:
                    - sma: {period: 10, id: fast}
                    - sma: {period: 30, id: slow}
                    - rsi: {}
                    - bollinger_bands: {id: bb}
                  signals:
                    entry_long:
                      - any: [{cross_above: {a: fast, b: slow}}, {below: {a: rsi, b: 25}}]
                    exit_long: [{above: {a: close, b: bb.upper, bars: 2}}]
                    entry_short: [{rsi_overbought: {threshold: 75}}]
                    exit_short: [{cross_below: {a: rsi, b: 50}}]
                  sizing: {type: fixed_cash, amount: 20000}
                execution:
                  commission_model: {type: per_share, per_share: 0.01, minimum: 1}
                  slippage_model: {type: fixed_bps, bps: 5}
                """);
        StrategyBuilder b = StrategyBuilder.named("generic");
        Series fast = b.indicator(Indicators.sma(10));
        Series slow = b.indicator(Indicators.sma(30));
        Series rsi = b.indicator(Indicators.rsi(14));
        BollingerBands bb = b.indicator(Indicators.bollinger(20, 2.0));
        Strategy built = b.entryLong(w -> w.crossedAbove(fast, slow) || w.value(rsi) < 25)
                .exitLong(w -> w.close(0) > w.value(bb.upper(), 0) && w.close(1) > w.value(bb.upper(), 1))
                .entryShort(w -> w.value(rsi) > 75)
                .exitShort(w -> w.crossedBelow(rsi, 50.0))
                .sizing(Sizers.fixedCash(20_000))
                .commission(Commissions.perShare(0.01, 1))
                .slippage(Slippages.fixedBps(5))
                .build();
        BarSeries orcl = ConfigFixtures.orcl();

        RunResult expected = Backtest.of(built).run(orcl);
        RunResult actual = Backtest.of(config.strategy()).run(orcl);

        assertTrue(expected.trades().stream().anyMatch(t -> t.direction() == Direction.SHORT),
                "the strategy goes short at times");
        assertFalse(expected.trades().isEmpty());
        assertEquals(RunFingerprint.of(expected), RunFingerprint.of(actual));
        assertEquals(expected.trades().stream().mapToDouble(Trade::slippage).sum(),
                actual.trades().stream().mapToDouble(Trade::slippage).sum());
    }
}
