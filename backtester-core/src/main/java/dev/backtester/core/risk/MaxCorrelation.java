package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;

/**
 * Vetoes an entry whose returns move too closely with a holding's. For the candidate and each other
 * symbol held, it takes the Pearson correlation of the last {@code window} close-to-close returns
 * ({@code close(k) / close(k + 1) - 1}) on the candidate's bar times, reading each holding's close
 * at or before each of those times (so symbols on one calendar pair bar for bar). The entry is
 * vetoed when, for any holding, {@code |correlation| > threshold}; with {@link #directional()} the
 * measure is {@code correlation * side of the entry * side of the holding} instead, so a short that
 * hedges a correlated long passes and only entries that add to the same bet are vetoed.
 *
 * <p>Not measured, and so never vetoed: a candidate or holding with fewer than {@code window + 1}
 * bars up to the decision, and a pair in which either side's returns are constant (correlation
 * undefined). The symbol's own position (an entry adding to it or reversing it) is not compared with
 * itself.
 *
 * @param threshold   largest allowed correlation, in (0, 1]
 * @param window      number of returns compared, >= 2
 * @param bySide      true to sign the correlation by the two positions' sides instead of taking its absolute value
 */
public record MaxCorrelation(double threshold, int window, boolean bySide) implements RiskRule {

    public MaxCorrelation {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("maxCorrelation: threshold must be in (0, 1], got " + threshold);
        }
        if (window < 2) {
            throw new IllegalArgumentException("maxCorrelation: window must be >= 2 returns, got " + window);
        }
    }

    /** The same rule measuring signed correlation times the two sides, so hedges pass. */
    public MaxCorrelation directional() {
        return new MaxCorrelation(threshold, window, true);
    }

    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        DataWindow candidate = portfolio.window(proposal.symbol());
        if (candidate == null || candidate.bar() < window) {
            return RiskDecision.approve(proposal);
        }
        // copy first: the view may hand out one cursor for every symbol
        long[] times = new long[window + 1];
        double[] closes = new double[window + 1];
        for (int k = 0; k <= window; k++) {
            times[k] = candidate.time(k);
            closes[k] = candidate.close(k);
        }
        double[] x = returns(closes, new double[window]);
        double[] other = new double[window + 1];
        double[] y = new double[window];
        double worst = Double.NEGATIVE_INFINITY;
        double worstCorrelation = Double.NaN;
        String worstSymbol = null;
        for (String held : portfolio.holdings()) {
            if (held.equals(proposal.symbol())) {
                continue;
            }
            DataWindow holding = portfolio.window(held);
            if (holding == null || !closesAsOf(holding, times, other)) {
                continue;
            }
            double correlation = Correlation.pearson(x, returns(other, y), window);
            if (Double.isNaN(correlation)) {
                continue;
            }
            double measured = bySide
                    ? correlation * proposal.direction().sign() * Math.signum(portfolio.position(held))
                    : Math.abs(correlation);
            if (measured > worst) {
                worst = measured;
                worstCorrelation = correlation;
                worstSymbol = held;
            }
        }
        if (worstSymbol == null || worst <= threshold) {
            return RiskDecision.approve(proposal);
        }
        return RiskDecision.veto("correlation " + Checks.ratio(worstCorrelation) + " of " + proposal.symbol()
                + " with holding " + worstSymbol + " over " + window + " returns" + (bySide ? " (by side "
                + Checks.ratio(worst) + ")" : "") + " exceeds the limit " + Checks.ratio(threshold));
    }

    /** Simple returns of closes ordered newest first: {@code out[k] = closes[k] / closes[k + 1] - 1}. */
    private static double[] returns(double[] closes, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = closes[k] / closes[k + 1] - 1;
        }
        return out;
    }

    /** Fills {@code out[k]} with the window's close at or before {@code times[k]}; false when history runs out. */
    private static boolean closesAsOf(DataWindow window, long[] times, double[] out) {
        int last = window.bar();
        int j = 0;
        for (int k = 0; k < times.length; k++) {
            while (j <= last && window.time(j) > times[k]) {
                j++;
            }
            if (j > last) {
                return false;
            }
            out[k] = window.close(j);
        }
        return true;
    }
}
