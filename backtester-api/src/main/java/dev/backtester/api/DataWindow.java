package dev.backtester.api;

/**
 * What signal logic sees at the current bar t of one symbol: bars and indicator values at t,
 * t-1, t-2, ... and nothing after t.
 *
 * <p>Every read takes a {@code barsAgo} offset counted backwards from the current bar
 * ({@code 0} = current bar). There is no method that reaches a later bar, and a negative offset
 * is rejected with an {@link IllegalArgumentException}. Reading before the first bar yields NaN
 * for values (like an indicator's warm-up) and an {@link IndexOutOfBoundsException} for times.
 *
 * <p>A window is a cursor owned by the engine: it is valid only during the call it is passed to
 * and must not be stored.
 */
public interface DataWindow {

    /** Symbol of the bars in view. */
    String symbol();

    /** Index of the current bar in its series (0-based). */
    int bar();

    /** Bar-end time of the bar {@code barsAgo} bars back, UTC epoch milliseconds. */
    long time(int barsAgo);

    /** Value of {@code series} {@code barsAgo} bars back, NaN before the first bar or during warm-up. */
    double value(Series series, int barsAgo);

    /** Signed position in this symbol after the current bar's fills (negative = short). */
    double position();

    /** Account equity marked at the current bar's close. */
    double equity();

    /** Account cash at the current bar. */
    double cash();

    /** Bar-end time of the current bar. */
    default long time() { return time(0); }

    /** Value of {@code series} at the current bar. */
    default double value(Series series) { return value(series, 0); }

    default double open() { return value(Series.OPEN, 0); }
    default double high() { return value(Series.HIGH, 0); }
    default double low() { return value(Series.LOW, 0); }
    default double close() { return value(Series.CLOSE, 0); }
    default double volume() { return value(Series.VOLUME, 0); }
    default double open(int barsAgo) { return value(Series.OPEN, barsAgo); }
    default double high(int barsAgo) { return value(Series.HIGH, barsAgo); }
    default double low(int barsAgo) { return value(Series.LOW, barsAgo); }
    default double close(int barsAgo) { return value(Series.CLOSE, barsAgo); }
    default double volume(int barsAgo) { return value(Series.VOLUME, barsAgo); }

    /** True when flat in this symbol. */
    default boolean isFlat() { return position() == 0; }

    /** True when long this symbol. */
    default boolean isLong() { return position() > 0; }

    /** True when short this symbol. */
    default boolean isShort() { return position() < 0; }

    /** {@code a} crossed above {@code b} at this bar: a > b now and a <= b one bar ago. */
    default boolean crossedAbove(Series a, Series b) {
        return value(a, 0) > value(b, 0) && value(a, 1) <= value(b, 1);
    }

    /** {@code a} crossed below {@code b} at this bar: a < b now and a >= b one bar ago. */
    default boolean crossedBelow(Series a, Series b) {
        return value(a, 0) < value(b, 0) && value(a, 1) >= value(b, 1);
    }

    /** {@code a} crossed above the constant {@code level} at this bar. */
    default boolean crossedAbove(Series a, double level) {
        return value(a, 0) > level && value(a, 1) <= level;
    }

    /** {@code a} crossed below the constant {@code level} at this bar. */
    default boolean crossedBelow(Series a, double level) {
        return value(a, 0) < level && value(a, 1) >= level;
    }
}
