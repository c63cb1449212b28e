package dev.backtester.api.execution;

import dev.backtester.api.DataWindow;

/**
 * When and at what price market orders fill.
 *
 * <p>The default, {@link #NEXT_BAR_OPEN}, follows the temporal contract: an order created at the
 * close of bar t fills at the open of bar t+1. {@link #SIGNAL_BAR_CLOSE} fills at the close of
 * the signal bar itself; it trades on information of that same bar's close, so it is an explicit
 * opt-in and is recorded in the run's metadata.
 */
public interface FillModel {

    /** True when orders fill on the bar whose close produced them (opt-in); false for the next bar. */
    boolean fillsOnSignalBar();

    /** Price of a market order against the fill bar, before slippage; the window is at the fill bar. */
    double marketPrice(DataWindow fillBar);

    /** Short name recorded in run metadata, e.g. {@code next_bar_open}. */
    String name();

    /** Fill at the open of the bar after the signal (default). */
    FillModel NEXT_BAR_OPEN = new FillModel() {
        @Override public boolean fillsOnSignalBar() { return false; }
        @Override public double marketPrice(DataWindow fillBar) { return fillBar.open(); }
        @Override public String name() { return "next_bar_open"; }
        @Override public String toString() { return name(); }
    };

    /** Fill at the close of the signal bar (opt-in; uses that bar's close to trade at it). */
    FillModel SIGNAL_BAR_CLOSE = new FillModel() {
        @Override public boolean fillsOnSignalBar() { return true; }
        @Override public double marketPrice(DataWindow fillBar) { return fillBar.close(); }
        @Override public String name() { return "signal_bar_close"; }
        @Override public String toString() { return name(); }
    };
}
