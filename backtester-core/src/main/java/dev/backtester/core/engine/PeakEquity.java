package dev.backtester.core.engine;

/** The running peak of the recorded equity points, for the drawdown at a trade's entry. */
final class PeakEquity {
    private double peak = Double.NEGATIVE_INFINITY;
    private double last = Double.NaN;

    void point(double equity) {
        points(equity, equity);
    }

    /** Several points at once: their highest and the last of them. */
    void points(double highest, double lastPoint) {
        last = lastPoint;
        if (highest > peak) {
            peak = highest;
        }
    }

    /** Highest point so far; NaN before the first. */
    double peak() {
        return peak == Double.NEGATIVE_INFINITY ? Double.NaN : peak;
    }

    /** 1 - last point / peak; 0 before the first point or while the peak is not positive. */
    double drawdown() {
        return peak > 0 ? 1.0 - last / peak : 0.0;
    }
}
