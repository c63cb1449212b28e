package dev.backtester.api.regime;

import dev.backtester.api.DataWindow;

/** Labels the market regime at the current bar using only data up to that bar. */
@FunctionalInterface
public interface RegimeClassifier {

    /** The regime at the window's current bar. */
    Regime classify(DataWindow window);
}
