package dev.backtester.core.engine;

import dev.backtester.api.sizing.TradeHistory;
import java.util.Arrays;

/** The run's closed trades as columns, appended as trades close; what Kelly-style sizers read. */
final class ClosedTrades implements TradeHistory {
    private static final double MILLIS_PER_YEAR = 365.25 * 24 * 3600 * 1000;
    private double[] pnl = new double[16];
    private double[] returns = new double[16];
    private double[] years = new double[16];
    private int count;

    void add(double netPnl, double entryValue, long entryTime, long exitTime) {
        if (count == pnl.length) {
            pnl = Arrays.copyOf(pnl, count * 2);
            returns = Arrays.copyOf(returns, count * 2);
            years = Arrays.copyOf(years, count * 2);
        }
        pnl[count] = netPnl;
        returns[count] = entryValue > 0 ? netPnl / entryValue : 0.0;
        years[count] = (exitTime - entryTime) / MILLIS_PER_YEAR;
        count++;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public double netPnl(int k) {
        return pnl[checked(k)];
    }

    @Override
    public double netReturn(int k) {
        return returns[checked(k)];
    }

    @Override
    public double yearsHeld(int k) {
        return years[checked(k)];
    }

    private int checked(int k) {
        if (k < 0 || k >= count) {
            throw new IndexOutOfBoundsException("trade " + k + " of " + count + " closed trades");
        }
        return k;
    }
}
