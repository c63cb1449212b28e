package dev.backtester.benchmarks.comparison;

import dev.backtester.api.Strategy;
import dev.backtester.benchmarks.engine.SmaCross;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.sizing.Sizers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Function;
import org.ta4j.core.AnalysisCriterion;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.PositionsRatioCriterion;
import org.ta4j.core.criteria.pnl.ReturnCriterion;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * One strategy written for both libraries, trading identically: SMA(10)/SMA(30) cross, long only, a
 * fixed 100 shares per entry, fills at the next bar's open, commission 0.1% of traded value. These
 * are the settings ta4j offers (it sizes by a fixed amount and has no per-share commission), so the
 * comparison uses them rather than the engine benchmark's percent-of-equity sizing.
 */
public final class Ta4jSmaCross {
    static final double SHARES = 100;
    static final double COMMISSION = 0.001;

    private Ta4jSmaCross() {
    }

    /** This library's version. */
    public static Strategy ours() {
        return SmaCross.signals("sma-cross-fixed")
                .sizing(Sizers.fixedShares(SHARES))
                .commission(Commissions.percentOfValue(COMMISSION))
                .build();
    }

    /**
     * The bars as a ta4j series of the given number type ({@code DoubleNum::valueOf} or
     * {@code DecimalNum::valueOf}), each bar ending at its bar time.
     */
    public static BarSeries toTa4j(dev.backtester.api.data.BarSeries bars, Function<Number, Num> numType) {
        BarSeries series = new BaseBarSeriesBuilder().withName(bars.symbol()).withNumTypeOf(numType).build();
        for (int i = 0; i < bars.size(); i++) {
            ZonedDateTime end = ZonedDateTime.ofInstant(Instant.ofEpochMilli(bars.time(i)), ZoneOffset.UTC);
            series.addBar(end, bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
        }
        return series;
    }

    /**
     * ta4j's version, run from scratch as a ta4j user runs it: indicators (cached inside them, so new
     * ones compute afresh), rules, the manager's bar loop with next-open execution and the linear cost
     * model, then the usual criteria.
     */
    public static Ta4jResult runTa4j(BarSeries series) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, SmaCross.FAST);
        SMAIndicator slow = new SMAIndicator(close, SmaCross.SLOW);
        // the first SLOW bars are unstable: ta4j averages fewer bars there, where this library has no value yet
        BaseStrategy strategy = new BaseStrategy(new CrossedUpIndicatorRule(fast, slow),
                new CrossedDownIndicatorRule(fast, slow), SmaCross.SLOW);
        BarSeriesManager manager = new BarSeriesManager(series, new LinearTransactionCostModel(COMMISSION),
                new ZeroCostModel(), new TradeOnNextOpenModel());
        TradingRecord record = manager.run(strategy, Trade.TradeType.BUY, series.numOf(SHARES));
        return new Ta4jResult(record,
                new ReturnCriterion().calculate(series, record).doubleValue(),
                new MaximumDrawdownCriterion().calculate(series, record).doubleValue(),
                new NumberOfPositionsCriterion().calculate(series, record).intValue(),
                new PositionsRatioCriterion(AnalysisCriterion.PositionFilter.PROFIT).calculate(series, record)
                        .doubleValue());
    }

    /**
     * What the ta4j run reports.
     *
     * @param record      its trading record
     * @param grossReturn ReturnCriterion: the closed positions' compounded return
     * @param maxDrawdown MaximumDrawdownCriterion
     * @param positions   closed positions
     * @param winRatio    share of closed positions with a profit
     */
    public record Ta4jResult(TradingRecord record, double grossReturn, double maxDrawdown, int positions,
                             double winRatio) {
    }
}
