package dev.backtester.core.execution;

import dev.backtester.api.execution.FillModel;

/** Built-in fill models. */
public final class FillModels {
    private FillModels() {
    }

    /** Orders from the close of bar t fill at the open of bar t+1 (the default). */
    public static FillModel nextBarOpen() {
        return FillModel.NEXT_BAR_OPEN;
    }

    /** Orders fill at the close of their own signal bar: an explicit opt-in, recorded in results. */
    public static FillModel signalBarClose() {
        return FillModel.SIGNAL_BAR_CLOSE;
    }
}
