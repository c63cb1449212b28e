package dev.backtester.core.engine;

/**
 * Cash, signed positions and the latest close per symbol of one account. Equity is always
 * computed as cash plus the market value of open positions, so it cannot drift from them.
 */
final class Account {
    private double cash;
    private final double[] position;
    private final double[] lastClose;
    private int openPositions;

    Account(double initialCash, int symbols) {
        this.cash = initialCash;
        this.position = new double[symbols];
        this.lastClose = new double[symbols];
    }

    int symbols() {
        return position.length;
    }

    double cash() {
        return cash;
    }

    double position(int s) {
        return position[s];
    }

    double lastClose(int s) {
        return lastClose[s];
    }

    void mark(int s, double close) {
        lastClose[s] = close;
    }

    boolean hasOpenPosition() {
        return openPositions > 0;
    }

    /** Cash plus the value of every open position at its latest close. */
    double equity() {
        if (openPositions == 0) {
            return cash;
        }
        if (position.length == 1) {
            return cash + position[0] * lastClose[0];
        }
        double value = cash;
        for (int s = 0; s < position.length; s++) {
            if (position[s] != 0) {
                value += position[s] * lastClose[s];
            }
        }
        return value;
    }

    /** Gross exposure of every symbol except {@code excluded} (use -1 to include all). */
    double grossExposureExcept(int excluded) {
        double gross = 0;
        for (int s = 0; s < position.length; s++) {
            if (s != excluded && position[s] != 0) {
                gross += Math.abs(position[s] * lastClose[s]);
            }
        }
        return gross;
    }

    /** Net exposure of all symbols. */
    double netExposure() {
        double net = 0;
        for (int s = 0; s < position.length; s++) {
            if (position[s] != 0) {
                net += position[s] * lastClose[s];
            }
        }
        return net;
    }

    /** Sum of the market values of short positions, as a positive amount. */
    double shortValue() {
        double value = 0;
        for (int s = 0; s < position.length; s++) {
            if (position[s] < 0) {
                value -= position[s] * lastClose[s];
            }
        }
        return value;
    }

    /** Adds {@code amount} to cash (negative to charge): dividends, fees, interest. */
    void credit(double amount) {
        cash += amount;
    }

    /** A split of {@code ratio} new shares per old: the position multiplies, its last close divides. */
    void split(int s, double ratio) {
        position[s] *= ratio;
        lastClose[s] /= ratio;
    }

    /** Books a fill of {@code signedShares} (positive = buy) at {@code price} paying {@code commission}. */
    void fill(int s, double signedShares, double price, double commission) {
        boolean wasOpen = position[s] != 0;
        cash -= signedShares * price + commission;
        position[s] += signedShares;
        boolean isOpen = position[s] != 0;
        if (wasOpen != isOpen) {
            openPositions += isOpen ? 1 : -1;
        }
    }
}
