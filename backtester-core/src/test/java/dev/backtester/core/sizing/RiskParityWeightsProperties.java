package dev.backtester.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any positive-definite covariance the weights are positive, sum to 1, and ERC equalises risk. */
class RiskParityWeightsProperties {

    /**
     * A random covariance: C = D (F F' + I) D with n x k factor loadings F and volatilities D spanning
     * two orders of magnitude; strictly positive definite, with correlations of either sign.
     */
    static double[][] randomCovariance(Random r, int n) {
        int k = 1 + r.nextInt(3);
        double[][] f = new double[n][k];
        for (double[] row : f) {
            for (int j = 0; j < k; j++) {
                row[j] = r.nextGaussian() * 2;
            }
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = 0.002 * Math.pow(10, 2 * r.nextDouble());
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = i == j ? 1 : 0;
                for (int m = 0; m < k; m++) {
                    s += f[i][m] * f[j][m];
                }
                c[i][j] = d[i] * s * d[j];
            }
        }
        return c;
    }

    @Property(tries = 300)
    void weightsArePositiveAndSumToOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        double[][] c = randomCovariance(new Random(seed), n);

        for (double[] w : new double[][] {RiskParityWeights.inverseVolatility(c),
                RiskParityWeights.equalRiskContribution(c)}) {
            double sum = 0;
            for (double x : w) {
                assertTrue(x > 0 && x < 1 + 1e-15, "weight " + x);
                sum += x;
            }
            assertEquals(1, sum, 1e-12);
        }
    }

    @Property(tries = 300)
    void ercEqualisesTheRiskContributions(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int n) {
        double[][] c = randomCovariance(new Random(seed), n);
        double[] w = new double[n];

        int sweeps = RiskParityWeights.equalRiskContributionInto(c, n, w, new double[n], RiskParityWeights.TOLERANCE,
                RiskParityWeights.MAX_SWEEPS);

        assertTrue(sweeps > 0, "converges on a positive-definite matrix");
        double[] rc = RiskParityWeights.riskContributions(c, w);
        double total = 0;
        for (double x : rc) {
            total += x;
        }
        for (int i = 0; i < n; i++) {
            assertEquals(1.0 / n, rc[i] / total, 1e-8, "risk share of asset " + i);
        }
    }

    @Property(tries = 100)
    void ercOfUncorrelatedAssetsIsInverseVolatility(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        Random r = new Random(seed);
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            double sigma = 0.002 * Math.pow(10, 2 * r.nextDouble());
            c[i][i] = sigma * sigma;
        }

        double[] erc = RiskParityWeights.equalRiskContribution(c);
        double[] iv = RiskParityWeights.inverseVolatility(c);

        for (int i = 0; i < n; i++) {
            assertEquals(iv[i], erc[i], 1e-9);
        }
    }
}
