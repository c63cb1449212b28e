package dev.backtester.core.sizing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RiskParityWeightsTest {

    /** Covariance from volatilities and a correlation matrix: C_ij = rho_ij sigma_i sigma_j. */
    static double[][] covariance(double[] sigma, double[][] rho) {
        int n = sigma.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = rho[i][j] * sigma[i] * sigma[j];
            }
        }
        return c;
    }

    @Test
    void inverseVolatilityByHand() {
        // sigma 0.2, 0.1, 0.05 -> 1/sigma 5, 10, 20, sum 35 -> 1/7, 2/7, 4/7
        double[][] c = {{0.04, 0.01, 0}, {0.01, 0.01, 0.002}, {0, 0.002, 0.0025}};

        assertArrayEquals(new double[] {1.0 / 7, 2.0 / 7, 4.0 / 7}, RiskParityWeights.inverseVolatility(c), 1e-15);
    }

    @Test
    void uncorrelatedAssetsGetInverseVolatilityFromErc() {
        // RC_i = w_i^2 sigma_i^2 equal <=> w_i proportional to 1/sigma_i: 1/7, 2/7, 4/7
        double[][] c = {{0.04, 0, 0}, {0, 0.01, 0}, {0, 0, 0.0025}};

        assertArrayEquals(new double[] {1.0 / 7, 2.0 / 7, 4.0 / 7}, RiskParityWeights.equalRiskContribution(c), 1e-10);
    }

    @Test
    void twoCorrelatedAssetsGetInverseVolatilityFromErc() {
        // with two assets RC_1 = RC_2 <=> w1 sigma1 = w2 sigma2 for any correlation: sigma 0.3, 0.1 -> 1/4, 3/4
        for (double rho : new double[] {-0.9, -0.3, 0, 0.6, 0.95}) {
            double[][] c = covariance(new double[] {0.3, 0.1}, new double[][] {{1, rho}, {rho, 1}});

            assertArrayEquals(new double[] {0.25, 0.75}, RiskParityWeights.equalRiskContribution(c), 1e-10,
                    "rho " + rho);
        }
    }

    @Test
    void aConstantCorrelationAlsoGivesInverseVolatility() {
        double[][] rho = {{1, 0.5, 0.5}, {0.5, 1, 0.5}, {0.5, 0.5, 1}};
        double[][] c = covariance(new double[] {0.1, 0.2, 0.4}, rho);

        // 1/sigma 10, 5, 2.5 -> 4/7, 2/7, 1/7
        assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, RiskParityWeights.equalRiskContribution(c), 1e-10);
    }

    @Test
    void threeCorrelatedAssetsContributeEqualRisk() {
        double[][] rho = {{1, 0.8, 0.2}, {0.8, 1, -0.4}, {0.2, -0.4, 1}};
        double[][] c = covariance(new double[] {0.1, 0.2, 0.3}, rho);

        double[] w = RiskParityWeights.equalRiskContribution(c);
        double[] rc = RiskParityWeights.riskContributions(c, w);

        double total = rc[0] + rc[1] + rc[2];
        for (int i = 0; i < 3; i++) {
            assertTrue(w[i] > 0, "long only");
            assertEquals(1.0 / 3, rc[i] / total, 1e-8, "risk share of asset " + i);
        }
        assertEquals(1, w[0] + w[1] + w[2], 1e-14);
        // and it is not inverse volatility: the correlations moved the weights
        double[] iv = RiskParityWeights.inverseVolatility(c);
        assertTrue(Math.abs(w[0] - iv[0]) > 1e-3, "ERC " + w[0] + " vs IV " + iv[0]);
        // the contributions sum to the portfolio variance
        double variance = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                variance += w[i] * c[i][j] * w[j];
            }
        }
        assertEquals(variance, total, 1e-15);
    }

    @Test
    void aPerfectHedgeDoesNotConvergeAndFallsBackToInverseVolatility() {
        // rho = -1: w'Cw = (0.2 w1 - 0.1 w2)^2 can reach 0, the barrier problem has no minimum;
        // RC_1 = RC_2 = 0 at w1 sigma1 = w2 sigma2, which is the inverse-volatility answer
        double[][] c = covariance(new double[] {0.2, 0.1}, new double[][] {{1, -1}, {-1, 1}});
        double[] w = new double[2];

        int sweeps = RiskParityWeights.equalRiskContributionInto(c, 2, w, new double[2], 1e-10, 500);

        assertTrue(sweeps < 0, "reported as not converged: " + sweeps);
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, w, 1e-15);
    }

    @Test
    void oneAssetTakesEverything() {
        assertArrayEquals(new double[] {1}, RiskParityWeights.equalRiskContribution(new double[][] {{0.04}}));
    }

    @Test
    void onlyTheFirstNRowsOfALargerBufferAreRead() {
        double[][] buffer = {{0.04, 0, 99}, {0, 0.01, 99}, {99, 99, -1}};
        double[] out = new double[3];

        int sweeps = RiskParityWeights.equalRiskContributionInto(buffer, 2, out, new double[3], 1e-12, 100);

        assertTrue(sweeps > 0);
        assertEquals(1.0 / 3, out[0], 1e-12);
        assertEquals(2.0 / 3, out[1], 1e-12);
    }

    @Test
    void aNonPositiveVarianceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RiskParityWeights.inverseVolatility(new double[][] {{0.04, 0}, {0, 0}}));
        assertTrue(e.getMessage().contains("variance of asset 1 must be finite and > 0"), e.getMessage());
    }
}
