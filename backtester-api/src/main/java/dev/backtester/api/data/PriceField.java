package dev.backtester.api.data;

/** The columns of a bar. */
public enum PriceField {
    OPEN, HIGH, LOW, CLOSE, VOLUME
}
