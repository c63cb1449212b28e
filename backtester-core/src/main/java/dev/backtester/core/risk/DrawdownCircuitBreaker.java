package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import java.time.Instant;

/**
 * Halts new entries once the drawdown reaches a limit, optionally closing every position, until a
 * declared resume rule allows them again.
 *
 * <p>At the end of every bar time it measures {@code drawdown = 1 - equity / peak}, the peak being
 * the highest equity seen since the breaker was last armed (the run's start, where it is the run's
 * peak equity). When {@code drawdown >= maxDrawdown} it trips: every entry is vetoed from then on,
 * and with {@link #flatten(boolean) flatten(true)} every open position is closed at market. Exits are
 * never blocked. It resumes by one rule:
 * <ul>
 *   <li>{@link #resumeAfterBars(int) resumeAfterBars(n)}: at the n-th bar time after the trip; it then
 *       re-arms from the equity at that time (its peak restarts there), or it would trip again at once;
 *   <li>{@link #resumeWhenDrawdownBelow(double) resumeWhenDrawdownBelow(x)}: once the drawdown from
 *       the same peak is below x;
 *   <li>{@link #resumeAtNewHigh()}: once equity is back at its peak;
 *   <li>by default: once the drawdown is below half of {@code maxDrawdown}.
 * </ul>
 * A flattened book holds only cash, so its drawdown cannot recover: a flattening breaker must resume
 * after a number of bars, and {@link #forRun()} rejects it with a drawdown-based rule.
 *
 * <p>Options return new breakers; the configured value is immutable and shared. Each run works on its
 * own copy from {@link #forRun()}, whose state ({@link #tripped()}, {@link #trippedAt()}, ...) can be
 * read for tests and reports.
 */
public final class DrawdownCircuitBreaker implements RiskRule {

    /** How a tripped breaker resumes. */
    public enum Resume {
        /** A number of bar times after the trip. */
        AFTER_BARS,
        /** When the drawdown falls below a level. */
        DRAWDOWN_BELOW,
        /** When equity is back at its peak. */
        NEW_HIGH
    }

    private final double maxDrawdown;
    private final boolean flatten;
    private final Resume resume;
    private final int resumeBars;
    private final double resumeDrawdown;

    private double peak = Double.NaN;
    private double drawdown;
    private boolean tripped;
    private long trippedAt = Long.MIN_VALUE;
    private double tripDrawdown = Double.NaN;
    private int barsSinceTrip;
    private int trips;
    private String vetoReason = "";

    private DrawdownCircuitBreaker(double maxDrawdown, boolean flatten, Resume resume, int resumeBars,
                                   double resumeDrawdown) {
        this.maxDrawdown = maxDrawdown;
        this.flatten = flatten;
        this.resume = resume;
        this.resumeBars = resumeBars;
        this.resumeDrawdown = resumeDrawdown;
    }

    /**
     * A breaker tripping at {@code maxDrawdown}, not flattening, resuming below half of it.
     *
     * @param maxDrawdown drawdown that trips it, in (0, 1) (0.2 = 20%)
     */
    public static DrawdownCircuitBreaker of(double maxDrawdown) {
        Checks.fraction("drawdownCircuitBreaker", "maxDrawdown", maxDrawdown);
        return new DrawdownCircuitBreaker(maxDrawdown, false, Resume.DRAWDOWN_BELOW, 0, maxDrawdown / 2);
    }

    /** Whether tripping also closes every open position (default false). */
    public DrawdownCircuitBreaker flatten(boolean closeAll) {
        return new DrawdownCircuitBreaker(maxDrawdown, closeAll, resume, resumeBars, resumeDrawdown);
    }

    /** Resumes at the {@code bars}-th bar time after the trip ({@code bars >= 1}) and re-arms from there. */
    public DrawdownCircuitBreaker resumeAfterBars(int bars) {
        Checks.atLeastOne("drawdownCircuitBreaker", "resumeAfterBars", bars);
        return new DrawdownCircuitBreaker(maxDrawdown, flatten, Resume.AFTER_BARS, bars, Double.NaN);
    }

    /** Resumes once the drawdown is below {@code level}, in (0, maxDrawdown). */
    public DrawdownCircuitBreaker resumeWhenDrawdownBelow(double level) {
        if (!(level > 0 && level < maxDrawdown)) {
            throw new IllegalArgumentException("drawdownCircuitBreaker: resumeWhenDrawdownBelow must be in (0, "
                    + maxDrawdown + ") (below the trip level), got " + level);
        }
        return new DrawdownCircuitBreaker(maxDrawdown, flatten, Resume.DRAWDOWN_BELOW, 0, level);
    }

    /** Resumes once equity is back at its peak (drawdown 0). */
    public DrawdownCircuitBreaker resumeAtNewHigh() {
        return new DrawdownCircuitBreaker(maxDrawdown, flatten, Resume.NEW_HIGH, 0, Double.NaN);
    }

    /** @throws IllegalStateException for a flattening breaker with a drawdown-based resume rule */
    @Override
    public DrawdownCircuitBreaker forRun() {
        if (flatten && resume != Resume.AFTER_BARS) {
            throw new IllegalStateException("drawdownCircuitBreaker(" + maxDrawdown + ").flatten(true) leaves only"
                    + " cash, so its drawdown cannot recover and " + describeResume()
                    + " would never come; use resumeAfterBars(n)");
        }
        return new DrawdownCircuitBreaker(maxDrawdown, flatten, resume, resumeBars, resumeDrawdown);
    }

    @Override
    public boolean observesBars() {
        return true;
    }

    /** Measures the drawdown, resumes or trips; true exactly at a trip that flattens. */
    @Override
    public boolean observe(PortfolioView portfolio) {
        double equity = portfolio.equity();
        if (Double.isNaN(peak)) {
            peak = portfolio.peakEquity();
        }
        peak = Math.max(peak, equity);
        drawdown = peak > 0 ? Math.max(0.0, 1.0 - equity / peak) : 0.0;
        if (tripped) {
            barsSinceTrip++;
            if (!resumes()) {
                return false;
            }
            tripped = false;
            if (resume == Resume.AFTER_BARS) {
                peak = equity;
                drawdown = 0;
            }
        }
        if (drawdown >= maxDrawdown) {
            trip(portfolio.time());
            return flatten;
        }
        return false;
    }

    private boolean resumes() {
        return switch (resume) {
            case AFTER_BARS -> barsSinceTrip >= resumeBars;
            case DRAWDOWN_BELOW -> drawdown < resumeDrawdown;
            case NEW_HIGH -> drawdown <= 0;
        };
    }

    private void trip(long time) {
        tripped = true;
        trippedAt = time;
        tripDrawdown = drawdown;
        barsSinceTrip = 0;
        trips++;
        // built once per trip: reviews while tripped only hand it out
        vetoReason = "circuit breaker tripped at drawdown " + Checks.percent(drawdown) + " (limit "
                + Checks.percent(maxDrawdown) + ") at " + Instant.ofEpochMilli(time) + "; resumes " + describeResume();
    }

    private String describeResume() {
        return switch (resume) {
            case AFTER_BARS -> resumeBars + " bar time" + (resumeBars == 1 ? "" : "s") + " after the trip";
            case DRAWDOWN_BELOW -> "when the drawdown falls below " + Checks.percent(resumeDrawdown);
            case NEW_HIGH -> "at a new equity high";
        };
    }

    /** Vetoes every entry while tripped. */
    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        return tripped ? RiskDecision.veto(vetoReason) : RiskDecision.approve(proposal);
    }

    /** Drawdown that trips the breaker. */
    public double maxDrawdown() {
        return maxDrawdown;
    }

    /** Whether tripping closes every position. */
    public boolean flattens() {
        return flatten;
    }

    /** The resume rule. */
    public Resume resume() {
        return resume;
    }

    /** Bar times to wait for {@link Resume#AFTER_BARS}; 0 otherwise. */
    public int resumeBars() {
        return resumeBars;
    }

    /** Drawdown to fall below for {@link Resume#DRAWDOWN_BELOW}; NaN otherwise. */
    public double resumeDrawdown() {
        return resumeDrawdown;
    }

    /** True while entries are halted. */
    public boolean tripped() {
        return tripped;
    }

    /** Bar-end time of the latest trip, {@link Long#MIN_VALUE} if it never tripped. */
    public long trippedAt() {
        return trippedAt;
    }

    /** Drawdown measured at the latest trip, NaN if it never tripped. */
    public double tripDrawdown() {
        return tripDrawdown;
    }

    /** How many times it tripped in this run. */
    public int trips() {
        return trips;
    }

    /** Drawdown from the breaker's peak at the latest observation. */
    public double drawdown() {
        return drawdown;
    }

    @Override
    public String toString() {
        return "drawdownCircuitBreaker(" + maxDrawdown + ", flatten " + flatten + ", resumes " + describeResume() + ")";
    }
}
