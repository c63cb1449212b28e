package dev.backtester.api.result;

import dev.backtester.api.Direction;
import java.util.Objects;

/**
 * One round trip: a position opened and closed (or still open at the end of the run), with the
 * fields of the original design's {@code trades_v2} table.
 *
 * <p>An entry may fill in several parts (volume-limited fills) and so may the exit; prices are then
 * the share-weighted averages of the parts. Prices include slippage. After a split, shares and prices
 * are in post-split units (the PnL does not change). Amounts are in account currency, fractions are
 * fractions (0.05 = 5%). An open trade is valued at the last close: its exit time and price are the
 * last bar's and its exit reason is {@link ExitReason#END_OF_DATA}.
 *
 * @param id                    run-unique trade id, from 1; order events carry it as {@link OrderEvent#tradeId()}
 * @param symbol                symbol traded
 * @param direction             long or short
 * @param entryTime             bar-end time of the first entry fill bar, UTC epoch ms (trades_v2 entry_date and entry_time)
 * @param entryPrice            average entry fill price
 * @param exitTime              bar-end time of the last exit fill bar, or the last bar's for an open trade (exit_date, exit_time)
 * @param exitPrice             average exit fill price, or the last close for an open trade
 * @param shares                shares entered (positive)
 * @param grossPnl              (exitPrice - entryPrice) * shares * sign: the price move at the fill prices
 * @param netPnl                grossPnl - commission - borrowCost + dividends (trades_v2 pnl)
 * @param commission            commissions of all entry and exit fills (commission_cost)
 * @param slippage              slippage cost of all fills, impact included (slippage_cost); already inside the prices
 * @param borrowCost            borrow fees accrued while a short was open (borrowing_cost); 0 for longs
 * @param dividends             cash dividends received (long) or paid (short, negative) while open
 * @param entryBar              index of the first entry fill bar
 * @param exitBar               index of the last exit fill bar, or the last bar for an open trade
 * @param open                  true when the position was still open at the end of the run
 * @param exitReason            why it was closed (exit_reason)
 * @param entrySignal           the rule that triggered the entry and the declared series' values at the decision bar (entry_signal)
 * @param maxFavorableExcursion largest favourable move from the entry price, times shares, over the bars
 *                              from the entry fill bar to the exit bar inclusive, using their highs and
 *                              lows (the order of prices inside a bar is unknown, so whole ranges count);
 *                              0 or more (max_favorable_excursion)
 * @param maxAdverseExcursion   largest adverse move measured the same way, as a positive amount (max_adverse_excursion)
 * @param regimeAtEntry         regime label at the decision bar; empty when no regime classifier is configured (regime_at_entry)
 * @param regimeConfidence      the classifier's confidence in it; NaN without a classifier (regime_confidence)
 * @param volatilityAtEntry     sample standard deviation of the last 20 close-to-close returns up to the
 *                              decision bar, per bar (daily for daily bars), not annualized; NaN with
 *                              fewer than 20 returns (volatility_at_entry)
 * @param volumeAtEntry         volume of the first entry fill bar (volume_at_entry)
 * @param positionSizePct       entry value (shares * entryPrice) / account equity just before the first entry fill (position_size_pct)
 * @param portfolioHeat         gross exposure of all positions, this one at its entry value included, /
 *                              equity just before the first entry fill (portfolio_heat)
 * @param drawdownAtEntry       the account's drawdown (1 - equity / running peak) at the last equity point
 *                              before the first entry fill (drawdown_at_entry)
 * @param fillQualityScore      share-weighted mean over all fills of where the fill price sits in its bar's
 *                              range: 1 = the best price of the bar (the low for a buy, the high for a sell),
 *                              0 = the worst or beyond it; a bar without range scores 1 when filled at its
 *                              price and 0 when worse (fill_quality_score)
 * @param marketImpact          the market-impact part of {@code slippage}, in account currency (market_impact)
 */
public record Trade(long id, String symbol, Direction direction, long entryTime, double entryPrice, long exitTime,
                    double exitPrice, double shares, double grossPnl, double netPnl, double commission,
                    double slippage, double borrowCost, double dividends, int entryBar, int exitBar, boolean open,
                    ExitReason exitReason, EntrySignal entrySignal, double maxFavorableExcursion,
                    double maxAdverseExcursion, String regimeAtEntry, double regimeConfidence,
                    double volatilityAtEntry, double volumeAtEntry, double positionSizePct, double portfolioHeat,
                    double drawdownAtEntry, double fillQualityScore, double marketImpact) {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    public Trade {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(exitReason, "exitReason");
        Objects.requireNonNull(entrySignal, "entrySignal");
        Objects.requireNonNull(regimeAtEntry, "regimeAtEntry");
    }

    /** Bars held, exit bar minus entry bar. */
    public int holdingBars() { return exitBar - entryBar; }

    /** Whole calendar days held: (exitTime - entryTime) / 24 h, rounded down (trades_v2 hold_days). */
    public long holdDays() { return (exitTime - entryTime) / MILLIS_PER_DAY; }

    /** Net return on the entry value, netPnl / (entryPrice * shares) (trades_v2 pnl_pct). */
    public double returnPct() { return netPnl / (entryPrice * shares); }

    /** True when the trade made money after costs. */
    public boolean isWin() { return netPnl > 0; }
}
