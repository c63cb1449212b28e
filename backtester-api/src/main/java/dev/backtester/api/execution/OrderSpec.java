package dev.backtester.api.execution;

import java.util.Objects;

/**
 * What kind of order an entry becomes: its type, prices, time in force and attached exits.
 *
 * <p>Fill rules against a bar with open O, high H, low L, close C (a sell mirrors a buy):
 * <ul>
 *   <li>{@code MARKET}: the fill model's price (default O of the bar after the decision);</li>
 *   <li>{@code LIMIT} buy at P: O when O &lt;= P (the bar opened through the limit), else P when
 *       L &lt;= P (touching the limit is enough), else no fill;</li>
 *   <li>{@code STOP} buy at S: O when O &gt;= S (gap through the stop), else S when H &gt;= S;</li>
 *   <li>{@code STOP_LIMIT} buy (stop S, limit P): triggered like a stop; on the trigger bar it fills at
 *       the trigger price (O or S) only if that is within P, otherwise it works as a limit from the next bar;</li>
 *   <li>{@code MARKET_ON_OPEN}: O of the bar after the decision;</li>
 *   <li>{@code MARKET_ON_CLOSE}: C of the decision bar (opt-in same-bar fill).</li>
 * </ul>
 * Slippage is added to every fill, but a limit fill never ends beyond its limit price. Prices that are
 * not finite and positive where the type needs them make the engine reject the order
 * ({@code INVALID_PRICE}) rather than guess.
 *
 * @param type        the order type
 * @param limitPrice  limit price for LIMIT and STOP_LIMIT, NaN otherwise
 * @param stopPrice   stop price for STOP and STOP_LIMIT, NaN otherwise
 * @param timeInForce how long it works (default good-till-cancelled)
 * @param bracket     exits attached to the position it opens (default none)
 */
public record OrderSpec(OrderType type, double limitPrice, double stopPrice, TimeInForce timeInForce, Bracket bracket) {

    /** A plain market order, good till cancelled, no bracket: what entries are by default. */
    public static final OrderSpec MARKET = new OrderSpec(OrderType.MARKET, Double.NaN, Double.NaN,
            TimeInForce.goodTillCancelled(), Bracket.NONE);

    public OrderSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(bracket, "bracket");
    }

    /** A market order. */
    public static OrderSpec market() {
        return MARKET;
    }

    /** A limit order at {@code price}. */
    public static OrderSpec limit(double price) {
        return new OrderSpec(OrderType.LIMIT, price, Double.NaN, TimeInForce.goodTillCancelled(), Bracket.NONE);
    }

    /** A stop order at {@code price}. */
    public static OrderSpec stop(double price) {
        return new OrderSpec(OrderType.STOP, Double.NaN, price, TimeInForce.goodTillCancelled(), Bracket.NONE);
    }

    /** A stop-limit order: triggered at {@code stop}, then a limit at {@code limit}. */
    public static OrderSpec stopLimit(double stop, double limit) {
        return new OrderSpec(OrderType.STOP_LIMIT, limit, stop, TimeInForce.goodTillCancelled(), Bracket.NONE);
    }

    /** A market-on-open order: the open of the bar after the decision. */
    public static OrderSpec marketOnOpen() {
        return new OrderSpec(OrderType.MARKET_ON_OPEN, Double.NaN, Double.NaN, TimeInForce.goodTillCancelled(),
                Bracket.NONE);
    }

    /** A market-on-close order: the close of the decision bar (opt-in same-bar fill). */
    public static OrderSpec marketOnClose() {
        return new OrderSpec(OrderType.MARKET_ON_CLOSE, Double.NaN, Double.NaN, TimeInForce.goodTillCancelled(),
                Bracket.NONE);
    }

    /** This order with another time in force. */
    public OrderSpec with(TimeInForce tif) {
        return new OrderSpec(type, limitPrice, stopPrice, tif, bracket);
    }

    /** This order with attached exits. */
    public OrderSpec with(Bracket exits) {
        return new OrderSpec(type, limitPrice, stopPrice, timeInForce, exits);
    }
}
