package dev.backtester.api.result;

/**
 * Totals of a run's costs and credits, in account currency. Equity at the end equals the initial
 * capital plus the net PnL of all trades (open ones at the last close) plus {@code interest}.
 *
 * @param commission   commissions of all fills
 * @param slippage     slippage cost of all fills (already inside the fill prices), impact included
 * @param marketImpact the market-impact part of {@code slippage}
 * @param borrowFees   borrow fees accrued on short positions
 * @param dividends    cash dividends received on longs less those paid on shorts
 * @param interest     interest earned on idle cash (negative when paid)
 */
public record CashFlows(double commission, double slippage, double marketImpact, double borrowFees, double dividends,
                        double interest) {

    /** Nothing paid or received. */
    public static final CashFlows NONE = new CashFlows(0, 0, 0, 0, 0, 0);
}
