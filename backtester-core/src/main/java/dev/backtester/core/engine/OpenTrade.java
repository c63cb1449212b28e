package dev.backtester.core.engine;

import dev.backtester.api.Direction;

/**
 * The accumulating state of one trade while its position is open: fills, costs and what was known
 * at entry. One per trade; the ledger turns it into an immutable {@code Trade} when it closes.
 */
final class OpenTrade {
    final long id;
    final Direction direction;
    final EntryPlan plan;
    final int entryBar;
    final long entryTime;
    final double volumeAtEntry;
    final double equityAtEntry;
    final double othersGrossAtEntry;
    final double drawdownAtEntry;
    double entryShares;
    double entryValue;
    double exitShares;
    double exitValue;
    int exitBar;
    long exitTime;
    double commission;
    double slippage;
    double impact;
    double borrow;
    double dividends;
    double qualityWeighted;
    double qualityShares;
    /** Excursions of the bars before {@link #scanFrom} (folded in at splits), in currency. */
    double favorable;
    double adverse;
    int scanFrom;

    OpenTrade(long id, Direction direction, EntryPlan plan, int entryBar, long entryTime, double volumeAtEntry,
              double equityAtEntry, double othersGrossAtEntry, double drawdownAtEntry) {
        this.id = id;
        this.direction = direction;
        this.plan = plan;
        this.entryBar = entryBar;
        this.entryTime = entryTime;
        this.volumeAtEntry = volumeAtEntry;
        this.equityAtEntry = equityAtEntry;
        this.othersGrossAtEntry = othersGrossAtEntry;
        this.drawdownAtEntry = drawdownAtEntry;
        this.scanFrom = entryBar;
    }

    double entryPrice() {
        return entryValue / entryShares;
    }

    void addFillCosts(double fee, double slip, double impactCost, double quality, double shares) {
        commission += fee;
        slippage += slip;
        impact += impactCost;
        qualityWeighted += quality * shares;
        qualityShares += shares;
    }

    /**
     * Folds the excursions of bars {@link #scanFrom} to {@code toBar} inclusive into
     * {@link #favorable} and {@link #adverse}, at the current entry price and shares.
     */
    void scanExcursions(double[] high, double[] low, int toBar) {
        double entry = entryPrice();
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        boolean isLong = direction == Direction.LONG;
        for (int i = scanFrom; i <= toBar; i++) {
            double up = isLong ? high[i] - entry : entry - low[i];
            double down = isLong ? entry - low[i] : high[i] - entry;
            best = Math.max(best, up);
            worst = Math.max(worst, down);
        }
        favorable = Math.max(favorable, Math.max(0, best) * entryShares);
        adverse = Math.max(adverse, Math.max(0, worst) * entryShares);
        scanFrom = toBar + 1;
    }

    /** A split of {@code ratio} new shares per old at bar {@code bar}: earlier excursions are folded in first. */
    void split(double ratio, double[] high, double[] low, int bar) {
        if (bar > scanFrom) {
            scanExcursions(high, low, bar - 1);
        }
        entryShares *= ratio;
        exitShares *= ratio;
    }
}
