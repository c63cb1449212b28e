package dev.backtester.core.risk;

import dev.backtester.api.Direction;
import dev.backtester.api.risk.PositionView;

/** A hand-built {@link PositionView}. */
record TestPosition(Direction direction, double entryPrice, int barsHeld, double stopPrice) implements PositionView {

    static TestPosition longAt(double entry) {
        return new TestPosition(Direction.LONG, entry, 0, Double.NaN);
    }

    static TestPosition shortAt(double entry) {
        return new TestPosition(Direction.SHORT, entry, 0, Double.NaN);
    }
}
