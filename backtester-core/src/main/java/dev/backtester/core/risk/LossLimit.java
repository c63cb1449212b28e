package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Halts new entries for the rest of a calendar day or week once the loss since its start reaches a
 * fraction: {@code (start - equity) / start >= pct}. The start is the equity at the last bar time of
 * the previous period (for the run's first period, the run's peak equity at its first bar time,
 * which is the initial capital unless that bar already gained). Periods are the days, or the weeks
 * from Monday 00:00, of the bar-end times in the rule's time zone (default America/New_York), with
 * daylight-saving changes respected. With {@link #flatten(boolean) flatten(true)} every open position
 * is also closed when the limit is reached. Exits are never blocked.
 *
 * <p>Options return new rules; each run works on its own copy from {@link #forRun()}. The next
 * period boundary is computed once per period, not per bar.
 */
public final class LossLimit implements RiskRule {

    /** The period over which the loss is measured. */
    public enum Period {
        /** A calendar day. */
        DAY,
        /** A calendar week from Monday 00:00. */
        WEEK
    }

    /** The zone whose calendar days and weeks the limits use unless told otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    private final Period period;
    private final double pct;
    private final ZoneId zone;
    private final boolean flatten;

    private long nextBoundary = Long.MIN_VALUE;
    private double start = Double.NaN;
    private double lastEquity = Double.NaN;
    private boolean tripped;
    private long trippedAt = Long.MIN_VALUE;
    private String vetoReason = "";

    private LossLimit(Period period, double pct, ZoneId zone, boolean flatten) {
        this.period = period;
        this.pct = pct;
        this.zone = zone;
        this.flatten = flatten;
    }

    /**
     * A limit on the loss within one {@code period}, in {@link #DEFAULT_ZONE}, not flattening.
     *
     * @param pct loss that halts entries as a fraction of the period's starting equity, in (0, 1)
     */
    public static LossLimit of(Period period, double pct) {
        Objects.requireNonNull(period, "period");
        Checks.fraction(period == Period.DAY ? "dailyLossLimit" : "weeklyLossLimit", "pct", pct);
        return new LossLimit(period, pct, DEFAULT_ZONE, false);
    }

    /** The same limit on the calendar of {@code timeZone}. */
    public LossLimit zone(ZoneId timeZone) {
        return new LossLimit(period, pct, Objects.requireNonNull(timeZone, "timeZone"), flatten);
    }

    /** Whether reaching the limit also closes every open position (default false). */
    public LossLimit flatten(boolean closeAll) {
        return new LossLimit(period, pct, zone, closeAll);
    }

    @Override
    public LossLimit forRun() {
        return new LossLimit(period, pct, zone, flatten);
    }

    @Override
    public boolean observesBars() {
        return true;
    }

    /** Starts a new period when a boundary has passed, then checks the loss; true exactly when it trips and flattens. */
    @Override
    public boolean observe(PortfolioView portfolio) {
        long time = portfolio.time();
        double equity = portfolio.equity();
        if (time >= nextBoundary) {
            start = Double.isNaN(lastEquity) ? portfolio.peakEquity() : lastEquity;
            nextBoundary = boundaryAfter(time);
            tripped = false;
        }
        lastEquity = equity;
        if (!tripped && start > 0 && (start - equity) / start >= pct) {
            trip(time, equity);
            return flatten;
        }
        return false;
    }

    private void trip(long time, double equity) {
        tripped = true;
        trippedAt = time;
        // built once per trip: reviews while tripped only hand it out
        vetoReason = (period == Period.DAY ? "daily" : "weekly") + " loss limit: equity " + Checks.money(equity) + " is "
                + Checks.percent((start - equity) / start) + " below the " + (period == Period.DAY ? "day" : "week")
                + "'s start " + Checks.money(start) + " (limit " + Checks.percent(pct) + "); entries resume at "
                + Instant.ofEpochMilli(nextBoundary).atZone(zone);
    }

    /** The first instant of the next day or week after {@code time} in the rule's zone. */
    long boundaryAfter(long time) {
        LocalDate date = Instant.ofEpochMilli(time).atZone(zone).toLocalDate();
        LocalDate next = period == Period.DAY ? date.plusDays(1) : date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        ZonedDateTime boundary = next.atStartOfDay(zone);
        return boundary.toInstant().toEpochMilli();
    }

    /** Vetoes every entry while the limit is reached. */
    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        return tripped ? RiskDecision.veto(vetoReason) : RiskDecision.approve(proposal);
    }

    /** The period measured. */
    public Period period() {
        return period;
    }

    /** The loss limit as a fraction of the period's starting equity. */
    public double pct() {
        return pct;
    }

    /** The calendar's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Whether reaching the limit closes every position. */
    public boolean flattens() {
        return flatten;
    }

    /** True while entries are halted. */
    public boolean tripped() {
        return tripped;
    }

    /** Bar-end time at which the limit was last reached, {@link Long#MIN_VALUE} if never. */
    public long trippedAt() {
        return trippedAt;
    }

    /** Equity at the start of the current period, NaN before the first observation. */
    public double periodStartEquity() {
        return start;
    }

    /** First instant of the next period (epoch milliseconds), {@link Long#MIN_VALUE} before the first observation. */
    public long nextBoundary() {
        return nextBoundary;
    }

    @Override
    public String toString() {
        return (period == Period.DAY ? "dailyLossLimit(" : "weeklyLossLimit(") + pct + ", " + zone
                + (flatten ? ", flatten" : "") + ")";
    }
}
