package dev.backtester.api;

import dev.backtester.api.data.PriceField;

/**
 * A typed handle to a column that signal logic may read through a {@link DataWindow}: a price
 * field or one output of a declared indicator.
 *
 * <p>Price handles ({@link #OPEN} ... {@link #VOLUME}) work in every strategy. Indicator handles
 * come from {@link StrategyBuilder#indicator(IndicatorSpec)} and work only in the strategy they
 * were declared in; reading one through another strategy's window is rejected. Resolving a handle
 * is an array index, never a string look-up.
 */
public final class Series {
    /** Number of slots reserved for the price fields, in {@link PriceField} order. */
    public static final int PRICE_SLOTS = 5;

    public static final Series OPEN = new Series("open", 0);
    public static final Series HIGH = new Series("high", 1);
    public static final Series LOW = new Series("low", 2);
    public static final Series CLOSE = new Series("close", 3);
    public static final Series VOLUME = new Series("volume", 4);

    private final String name;
    private final int slot;

    Series(String name, int slot) {
        this.name = name;
        this.slot = slot;
    }

    /** The handle of a price field. */
    public static Series of(PriceField field) {
        return switch (field) {
            case OPEN -> OPEN;
            case HIGH -> HIGH;
            case LOW -> LOW;
            case CLOSE -> CLOSE;
            case VOLUME -> VOLUME;
        };
    }

    /** Readable name, e.g. {@code close} or {@code bbands(close,20,2.0).upper}. */
    public String name() { return name; }

    /** Column index inside the engine; price fields are 0..4, indicator outputs follow in declaration order. */
    public int slot() { return slot; }

    /** True for the five price-field handles. */
    public boolean isPriceField() { return slot < PRICE_SLOTS; }

    @Override
    public String toString() { return name; }
}
