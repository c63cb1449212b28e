package dev.backtester.core.analytics;

import dev.backtester.api.result.Trade;
import java.util.List;

/**
 * Statistics of closed trades.
 *
 * @param closed             closed trades
 * @param open               trades still open
 * @param winRate            winners / closed (NaN without closed trades)
 * @param profitFactor       sum of winning net PnL / -sum of losing net PnL (infinite without losers, NaN without trades)
 * @param expectancy         mean net PnL per closed trade
 * @param averageHoldingBars mean bars held
 */
public record TradeStats(int closed, int open, double winRate, double profitFactor, double expectancy,
                         double averageHoldingBars) {

    /** Computes the statistics of {@code trades}. */
    public static TradeStats of(List<Trade> trades) {
        int closed = 0;
        int open = 0;
        int wins = 0;
        double profits = 0;
        double losses = 0;
        double net = 0;
        long held = 0;
        for (Trade t : trades) {
            if (t.open()) {
                open++;
                continue;
            }
            closed++;
            net += t.netPnl();
            held += t.holdingBars();
            if (t.netPnl() > 0) {
                wins++;
                profits += t.netPnl();
            } else {
                losses -= t.netPnl();
            }
        }
        if (closed == 0) {
            return new TradeStats(0, open, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double profitFactor = losses > 0 ? profits / losses : (profits > 0 ? Double.POSITIVE_INFINITY : Double.NaN);
        return new TradeStats(closed, open, (double) wins / closed, profitFactor, net / closed, (double) held / closed);
    }
}
