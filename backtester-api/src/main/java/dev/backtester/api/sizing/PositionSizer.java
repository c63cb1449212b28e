package dev.backtester.api.sizing;

/** Decides how many shares a new position gets. */
@FunctionalInterface
public interface PositionSizer {

    /**
     * Shares to open (zero or positive; zero skips the entry). The engine rounds down to whole
     * shares unless the strategy allows fractional shares.
     */
    double shares(SizingContext context);
}
