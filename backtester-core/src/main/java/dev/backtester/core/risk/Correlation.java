package dev.backtester.core.risk;

/** Pearson correlation of two samples. */
public final class Correlation {
    private Correlation() {
    }

    /**
     * Pearson correlation of {@code x[0..n)} and {@code y[0..n)}:
     * {@code cov(x, y) / (sd(x) * sd(y))}, computed from the means (two passes, no cancellation of large
     * sums) and clamped to [-1, 1] against rounding. NaN when {@code n < 2} or either sample is constant.
     */
    public static double pearson(double[] x, double[] y, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (!(sxx > 0 && syy > 0)) {
            return Double.NaN;
        }
        return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
    }
}
