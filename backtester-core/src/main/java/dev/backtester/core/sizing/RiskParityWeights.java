package dev.backtester.core.sizing;

/**
 * Long-only risk-parity weights from a covariance matrix, summing to 1.
 *
 * <ul>
 * <li>Inverse volatility: {@code w_i = (1 / sigma_i) / sum_j (1 / sigma_j)} with
 * {@code sigma_i = sqrt(C_ii)}; ignores correlations.</li>
 * <li>Equal risk contribution (ERC): the weights whose risk contributions
 * {@code RC_i = w_i (C w)_i} are equal for all i, with {@code sum w = 1} and {@code w > 0}
 * (Maillard, Roncalli, Teiletche 2010). Equals inverse volatility when the assets are uncorrelated,
 * when all pairs share one correlation, and always with two assets.</li>
 * </ul>
 *
 * <p>ERC is solved by cyclical coordinate descent (Griveau-Billion, Richard, Roncalli 2013) on
 * {@code min 1/2 y'Cy - b sum ln y_i} with {@code b = 1/n}, whose unique positive minimiser satisfies
 * {@code y_i (C y)_i = b} for every i; the weights are {@code w = y / sum y}. One sweep updates each
 * coordinate in turn to the positive root of {@code C_ii y_i^2 + s_i y_i - b = 0},
 * {@code s_i = sum_{j != i} C_ij y_j}:
 * {@code y_i = (-s_i + sqrt(s_i^2 + 4 C_ii b)) / (2 C_ii)}. It starts from the inverse-volatility
 * weights and stops when every {@code |y_i (C y)_i - b| <= tolerance * b}, or after
 * {@code maxSweeps} sweeps. A matrix without a strictly positive definite part the descent can work
 * on (e.g. two assets with correlation -1) may not converge; the result is then the inverse-volatility
 * weights, and the returned sweep count is negative.
 *
 * <p>Matrices are {@code double[n][n]}, symmetric, with a strictly positive diagonal; only the first
 * {@code n} rows and columns are read, so callers can reuse larger buffers. The {@code into} variants
 * do not allocate.
 */
public final class RiskParityWeights {
    /** Default convergence tolerance of ERC, relative to the target risk contribution {@code 1/n}. */
    public static final double TOLERANCE = 1e-10;
    /** Default maximum number of ERC sweeps. */
    public static final int MAX_SWEEPS = 10_000;

    private RiskParityWeights() {
    }

    /** Inverse-volatility weights of the assets of {@code covariance}. */
    public static double[] inverseVolatility(double[][] covariance) {
        double[] w = new double[covariance.length];
        inverseVolatilityInto(covariance, covariance.length, w);
        return w;
    }

    /** Inverse-volatility weights of the first {@code n} assets, written to {@code out[0..n)}. */
    public static void inverseVolatilityInto(double[][] covariance, int n, double[] out) {
        checkDiagonal(covariance, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            out[i] = 1.0 / Math.sqrt(covariance[i][i]);
            sum += out[i];
        }
        for (int i = 0; i < n; i++) {
            out[i] /= sum;
        }
    }

    /** Equal-risk-contribution weights, to {@link #TOLERANCE} within {@link #MAX_SWEEPS} sweeps. */
    public static double[] equalRiskContribution(double[][] covariance) {
        int n = covariance.length;
        double[] w = new double[n];
        equalRiskContributionInto(covariance, n, w, new double[n], TOLERANCE, MAX_SWEEPS);
        return w;
    }

    /**
     * Equal-risk-contribution weights of the first {@code n} assets, written to {@code out[0..n)}.
     *
     * @param scratch   at least {@code n} elements, overwritten
     * @param tolerance stop when every {@code |y_i (C y)_i - 1/n| <= tolerance / n}
     * @param maxSweeps most coordinate sweeps
     * @return the sweeps used, or a negative number when the descent did not converge and {@code out}
     *         holds the inverse-volatility weights instead
     */
    public static int equalRiskContributionInto(double[][] covariance, int n, double[] out, double[] scratch,
                                                double tolerance, int maxSweeps) {
        if (!(tolerance > 0) || maxSweeps < 1) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxSweeps >= 1, got " + tolerance
                    + " and " + maxSweeps);
        }
        inverseVolatilityInto(covariance, n, out);
        if (n == 1) {
            return 0;
        }
        double b = 1.0 / n;
        double[] y = scratch;
        // scale the start so that y'Cy = 1 = n b, the value at the optimum
        double variance = quadratic(covariance, n, out);
        double scale = variance > 0 ? 1.0 / Math.sqrt(variance) : 1.0;
        for (int i = 0; i < n; i++) {
            y[i] = out[i] * scale;
        }
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        s += covariance[i][j] * y[j];
                    }
                }
                double cii = covariance[i][i];
                // the positive root, written to avoid cancellation when s > 0
                double root = Math.sqrt(s * s + 4 * cii * b);
                y[i] = s > 0 ? 2 * b / (s + root) : (root - s) / (2 * cii);
            }
            if (!allFinitePositive(y, n)) {
                break;
            }
            if (converged(covariance, n, y, b, tolerance)) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += y[i];
                }
                for (int i = 0; i < n; i++) {
                    out[i] = y[i] / sum;
                }
                return sweep;
            }
        }
        inverseVolatilityInto(covariance, n, out);
        return -maxSweeps;
    }

    /** Risk contributions {@code RC_i = w_i (C w)_i}; they sum to the portfolio variance {@code w'Cw}. */
    public static double[] riskContributions(double[][] covariance, double[] weights) {
        int n = weights.length;
        double[] rc = new double[n];
        for (int i = 0; i < n; i++) {
            rc[i] = weights[i] * row(covariance, i, n, weights);
        }
        return rc;
    }

    private static boolean converged(double[][] covariance, int n, double[] y, double b, double tolerance) {
        for (int i = 0; i < n; i++) {
            if (Math.abs(y[i] * row(covariance, i, n, y) - b) > tolerance * b) {
                return false;
            }
        }
        return true;
    }

    private static double row(double[][] covariance, int i, int n, double[] x) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += covariance[i][j] * x[j];
        }
        return s;
    }

    private static double quadratic(double[][] covariance, int n, double[] x) {
        double q = 0;
        for (int i = 0; i < n; i++) {
            q += x[i] * row(covariance, i, n, x);
        }
        return q;
    }

    private static boolean allFinitePositive(double[] y, int n) {
        for (int i = 0; i < n; i++) {
            if (!(y[i] > 0 && y[i] < Double.POSITIVE_INFINITY)) {
                return false;
            }
        }
        return true;
    }

    private static void checkDiagonal(double[][] covariance, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("risk parity needs at least one asset, got " + n);
        }
        for (int i = 0; i < n; i++) {
            double v = covariance[i][i];
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("variance of asset " + i + " must be finite and > 0, got " + v);
            }
        }
    }
}
