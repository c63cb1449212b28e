package dev.backtester.core.engine;

import dev.backtester.api.corporate.CorporateAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The corporate actions of a prepared run per symbol, each placed at the first bar that ends at or
 * after its effective time. Actions of symbols outside the run and after the last bar are left out.
 * Immutable; a run walks it with its own cursor.
 */
final class CorporateActionBook {
    private static final int[] NO_BARS = new int[0];

    private final int[][] bars;
    private final CorporateAction[][] actions;

    private CorporateActionBook(int[][] bars, CorporateAction[][] actions) {
        this.bars = bars;
        this.actions = actions;
    }

    static CorporateActionBook build(SymbolData[] data, List<CorporateAction> all) {
        int[][] bars = new int[data.length][];
        CorporateAction[][] actions = new CorporateAction[data.length][];
        for (int s = 0; s < data.length; s++) {
            List<CorporateAction> mine = new ArrayList<>();
            for (CorporateAction a : all) {
                if (a.symbol().equals(data[s].symbol) && firstBarAtOrAfter(data[s].times, a.effectiveTime()) < data[s].size()) {
                    mine.add(a);
                }
            }
            mine.sort(Comparator.comparingLong(CorporateAction::effectiveTime));
            actions[s] = mine.toArray(new CorporateAction[0]);
            bars[s] = mine.isEmpty() ? NO_BARS : new int[mine.size()];
            for (int k = 0; k < mine.size(); k++) {
                bars[s][k] = firstBarAtOrAfter(data[s].times, mine.get(k).effectiveTime());
            }
        }
        return new CorporateActionBook(bars, actions);
    }

    private static int firstBarAtOrAfter(long[] times, long time) {
        int k = Arrays.binarySearch(times, time);
        return k >= 0 ? k : -k - 1;
    }

    /** Number of actions of symbol {@code s}. */
    int count(int s) {
        return bars[s].length;
    }

    /** Bar of the {@code k}-th action of {@code s}. */
    int bar(int s, int k) {
        return bars[s][k];
    }

    /** The {@code k}-th action of {@code s}. */
    CorporateAction action(int s, int k) {
        return actions[s][k];
    }
}
