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

    public static final Series OPEN = new Series("open", 0, null);
    public static final Series HIGH = new Series("high", 1, null);
    public static final Series LOW = new Series("low", 2, null);
    public static final Series CLOSE = new Series("close", 3, null);
    public static final Series VOLUME = new Series("volume", 4, null);

    private final String name;
    private final int slot;
    private final Object owner;

    Series(String name, int slot, Object owner) {
        this.name = name;
        this.slot = slot;
        this.owner = owner;
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

    /**
     * Identity token of the strategy declaration this handle belongs to (see
     * {@link Strategy#handleOwner()}); null for price fields, which belong to every strategy.
     * Engines compare it by identity to reject handles of other strategies.
     */
    public Object owner() { return owner; }

    /** True for the five price-field handles. */
    public boolean isPriceField() { return slot < PRICE_SLOTS; }

    @Override
    public String toString() { return name; }
}
