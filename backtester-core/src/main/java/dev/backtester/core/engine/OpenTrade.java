package dev.backtester.core.engine;

import dev.backtester.api.Direction;

/**
 * The accumulating state of one trade while its position is open: fills, costs and what was known
 * at entry. The ledger keeps one per symbol and reuses it for each trade of that symbol (trades of a
 * symbol never overlap), turning it into an immutable {@code Trade} when the trade closes.
 */
final class OpenTrade {
    long id;
    Direction direction;
    EntryPlan plan;
    int entryBar;
    long entryTime;
    double volumeAtEntry;
    double equityAtEntry;
    double othersGrossAtEntry;
    double drawdownAtEntry;
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

    /** Starts a new trade in this holder, forgetting the previous one. */
    void start(long tradeId, Direction side, EntryPlan entryPlan, int bar, long time, double volume, double equity,
               double othersGross, double drawdown) {
        id = tradeId;
        direction = side;
        plan = entryPlan;
        entryBar = bar;
        entryTime = time;
        volumeAtEntry = volume;
        equityAtEntry = equity;
        othersGrossAtEntry = othersGross;
        drawdownAtEntry = drawdown;
        entryShares = 0;
        entryValue = 0;
        exitShares = 0;
        exitValue = 0;
        exitBar = bar;
        exitTime = time;
        commission = 0;
        slippage = 0;
        impact = 0;
        borrow = 0;
        dividends = 0;
        qualityWeighted = 0;
        qualityShares = 0;
        favorable = 0;
        adverse = 0;
        scanFrom = bar;
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
        // only the extremes are needed; the loop stays a plain min/max over two arrays
        double maxHigh = Double.NEGATIVE_INFINITY;
        double minLow = Double.POSITIVE_INFINITY;
        for (int i = scanFrom; i <= toBar; i++) {
            double h = high[i];
            double l = low[i];
            maxHigh = h > maxHigh ? h : maxHigh;
            minLow = l < minLow ? l : minLow;
        }
        if (toBar >= scanFrom) {
            double entry = entryPrice();
            boolean isLong = direction == Direction.LONG;
            double best = isLong ? maxHigh - entry : entry - minLow;
            double worst = isLong ? entry - minLow : maxHigh - entry;
            favorable = Math.max(favorable, Math.max(0, best) * entryShares);
            adverse = Math.max(adverse, Math.max(0, worst) * entryShares);
        }
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
