package dev.backtester.core.data;

/** The parts of a bar a validation problem can concern. */
public enum BarField {
    /** The bar-end time. */
    TIME,
    OPEN,
    HIGH,
    LOW,
    CLOSE,
    VOLUME
}
