package dev.backtester.api.result;

import dev.backtester.api.Direction;

/**
 * One round trip: a position opened and closed (or still open at the end of the run).
 *
 * <p>Prices are fill prices, slippage included. {@code grossPnl} is the price move times shares
 * at those prices; {@code netPnl} subtracts commissions. Slippage is already inside the prices
 * and is reported separately as {@code slippage} for attribution. An open trade is valued at the
 * last close: its exit time and price are the last bar's.
 *
 * @param symbol     symbol traded
 * @param direction  long or short
 * @param entryTime  fill time of the entry, UTC epoch ms (bar-end time of the fill bar)
 * @param entryPrice entry fill price
 * @param exitTime   fill time of the exit, or the last bar's time for an open trade
 * @param exitPrice  exit fill price, or the last close for an open trade
 * @param shares     shares held (positive)
 * @param grossPnl   (exit - entry) * shares * sign
 * @param netPnl     grossPnl minus commission
 * @param commission entry and exit commissions
 * @param slippage   cost of slippage on entry and exit (positive = cost)
 * @param entryBar   index of the entry fill bar
 * @param exitBar    index of the exit fill bar, or the last bar for an open trade
 * @param open       true when the position was still open at the end of the run
 */
public record Trade(String symbol, Direction direction, long entryTime, double entryPrice, long exitTime,
                    double exitPrice, double shares, double grossPnl, double netPnl, double commission,
                    double slippage, int entryBar, int exitBar, boolean open) {

    /** Bars held, exit bar minus entry bar. */
    public int holdingBars() { return exitBar - entryBar; }

    /** Net return on the entry value: netPnl / (entryPrice * shares). */
    public double returnPct() { return netPnl / (entryPrice * shares); }

    /** True when the trade made money after commission. */
    public boolean isWin() { return netPnl > 0; }
}
