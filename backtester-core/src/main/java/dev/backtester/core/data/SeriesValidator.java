package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.calendar.BarGrid;
import dev.backtester.core.calendar.OutOfSessionPolicy;
import dev.backtester.core.calendar.Session;
import dev.backtester.core.calendar.SessionCursor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The data validator for any bar source: checks a series against the bar rules of {@link BarValidator}
 * and the {@link QualityRules} (sessions, gaps against the calendar, outlier returns), reports every
 * finding with symbol, time and values, and applies a {@link QualityPolicy}.
 *
 * <p>Findings and what each policy does:
 * <ul>
 *   <li>duplicate or earlier time: dropped (FAIL fails);</li>
 *   <li>a value breaking a bar rule: dropped, or under FORWARD_FILL replaced by a flat bar at the previous
 *       close with volume 0;</li>
 *   <li>bar outside every session: as the rules' {@link OutOfSessionPolicy} says (drop, keep, fail);</li>
 *   <li>bars the calendar expects but the series lacks (a gap): reported, or under FORWARD_FILL inserted
 *       as flat bars at the previous close with volume 0; the gap between sessions is never a gap;</li>
 *   <li>a close-to-close return beyond the limit: reported and kept, because a large move may be real (a
 *       crash, a split in unadjusted prices) and dropping or flattening it would invent another price
 *       path; FAIL fails.</li>
 * </ul>
 * Time order is checked against the last bar whose time was in order, so one bar jumping back is one
 * finding. A validator is immutable; each call keeps its state in a pass of its own.
 */
public final class SeriesValidator {
    private final QualityRules rules;
    private final QualityPolicy policy;

    /** A validator checking {@code rules} and applying {@code policy}. */
    public SeriesValidator(QualityRules rules, QualityPolicy policy) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The rules checked. */
    public QualityRules rules() {
        return rules;
    }

    /** The policy applied. */
    public QualityPolicy policy() {
        return policy;
    }

    /**
     * Validates a series (its times are already strictly increasing).
     *
     * @throws DataQualityException when a finding fails under the policy
     */
    public ValidatedSeries validate(BarSeries series) {
        return validate(series.symbol(), series.times(), series.column(PriceField.OPEN), series.column(PriceField.HIGH),
                series.column(PriceField.LOW), series.column(PriceField.CLOSE), series.column(PriceField.VOLUME));
    }

    /**
     * Validates raw columns, which may hold anything a source delivers (times out of order, NaN ...).
     *
     * @throws IllegalArgumentException if the columns differ in length
     * @throws DataQualityException     when a finding fails under the policy
     */
    public ValidatedSeries validate(String symbol, long[] times, double[] open, double[] high, double[] low,
                                    double[] close, double[] volume) {
        Objects.requireNonNull(symbol, "symbol");
        int n = times.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("columns of " + symbol + " differ in length: times " + n + ", open "
                    + open.length + ", high " + high.length + ", low " + low.length + ", close " + close.length
                    + ", volume " + volume.length);
        }
        Pass pass = new Pass(symbol, n);
        for (int i = 0; i < n; i++) {
            pass.bar(i, times[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        ZoneId zone = rules.calendar() == null ? ZoneOffset.UTC : rules.calendar().zone();
        QualityReport report = new QualityReport(symbol, zone, pass.findings);
        if (pass.failed) {
            throw new DataQualityException(report);
        }
        return new ValidatedSeries(pass.out.build(symbol), report);
    }

    /** The state of one validation: bars kept so far and findings. */
    private final class Pass {
        final String symbol;
        final BarSeriesBuilder out;
        final List<DataFinding> findings = new ArrayList<>();
        final SessionCursor sessions = rules.calendar() == null ? null : new SessionCursor(rules.calendar());
        final BarGrid grid = rules.grid();
        boolean failed;
        int lastInOrder = -1;
        long lastTime = Long.MIN_VALUE;
        long lastInSession = Long.MIN_VALUE;
        double lastClose = Double.NaN;
        long firstMissing;
        long lastMissing;

        Pass(String symbol, int n) {
            this.symbol = symbol;
            this.out = new BarSeriesBuilder(n);
        }

        void bar(int i, long time, double o, double h, double l, double c, double v) {
            if (lastInOrder >= 0 && time <= lastTime) {
                boolean duplicate = time == lastTime;
                add(i, time, duplicate ? DataFinding.Kind.DUPLICATE_TIME : DataFinding.Kind.TIME_NOT_INCREASING,
                        values(o, h, l, c, v), (duplicate ? "same time as bar " : "earlier than bar ") + lastInOrder
                                + " at " + Instant.ofEpochMilli(lastTime), dropOrFail());
                return;
            }
            lastInOrder = i;
            lastTime = time;
            double open = o;
            double high = h;
            double low = l;
            double close = c;
            double volume = v;
            if (!followsBarRules(o, h, l, c, v)) {
                boolean fill = policy == QualityPolicy.FORWARD_FILL && !Double.isNaN(lastClose);
                add(i, time, DataFinding.Kind.INVALID_BAR, values(o, h, l, c, v), issues(i, o, h, l, c, v),
                        fill ? DataFinding.Resolution.FILLED : dropOrFail());
                if (!fill) {
                    return;
                }
                open = lastClose;
                high = lastClose;
                low = lastClose;
                close = lastClose;
                volume = 0;
            }
            Session session = sessions == null ? null : sessions.locate(time);
            if (sessions != null && session == null && !outsideSessionKept(i, time, open, high, low, close, volume)) {
                return;
            }
            if (session != null && grid != null && lastInSession != Long.MIN_VALUE
                    && !grid.isNextInSession(session, lastInSession, time)) {
                checkGap(i, time, values(open, high, low, close, volume));
            }
            if (!Double.isNaN(lastClose) && Math.abs(close / lastClose - 1) > rules.maxAbsReturn()) {
                add(i, time, DataFinding.Kind.OUTLIER_RETURN, values(open, high, low, close, volume),
                        String.format(Locale.ROOT, "return %+.2f%% from the previous close %s beyond the limit %.2f%%",
                                100 * (close / lastClose - 1), lastClose, 100 * rules.maxAbsReturn()),
                        policy == QualityPolicy.FAIL ? DataFinding.Resolution.FAILED : DataFinding.Resolution.KEPT);
            }
            out.add(time, open, high, low, close, volume);
            lastClose = close;
            if (session != null) {
                lastInSession = time;
            }
        }

        /** Reports a bar outside the sessions; true when it stays in the series. */
        private boolean outsideSessionKept(int i, long time, double o, double h, double l, double c, double v) {
            OutOfSessionPolicy outside = rules.outOfSession();
            DataFinding.Resolution resolution = switch (outside) {
                case DROP -> DataFinding.Resolution.DROPPED;
                case KEEP -> DataFinding.Resolution.KEPT;
                case FAIL -> DataFinding.Resolution.FAILED;
            };
            add(i, time, DataFinding.Kind.OUTSIDE_SESSION, values(o, h, l, c, v),
                    "ends outside every session of " + rules.calendar().id(), resolution);
            return outside == OutOfSessionPolicy.KEEP;
        }

        private void checkGap(int i, long time, String values) {
            firstMissing = Long.MIN_VALUE;
            int missing = grid.expectedBetween(lastInSession, time, this::noteMissing);
            if (missing == 0) {
                return;
            }
            ZoneId zone = rules.calendar().zone();
            String message = missing + (missing == 1 ? " expected bar missing" : " expected bars missing")
                    + " after the bar at " + Instant.ofEpochMilli(lastInSession).atZone(zone) + ": ending "
                    + Instant.ofEpochMilli(firstMissing).atZone(zone)
                    + (missing == 1 ? "" : " .. " + Instant.ofEpochMilli(lastMissing).atZone(zone));
            boolean fill = policy == QualityPolicy.FORWARD_FILL;
            add(i, time, DataFinding.Kind.GAP, values, message, fill ? DataFinding.Resolution.FILLED
                    : policy == QualityPolicy.FAIL ? DataFinding.Resolution.FAILED : DataFinding.Resolution.KEPT);
            if (fill) {
                grid.expectedBetween(lastInSession, time, end -> out.add(end, lastClose, lastClose, lastClose, lastClose, 0));
            }
        }

        /** Remembers the first and last missing bar end; the grid reports them in time order. */
        private void noteMissing(long end) {
            if (firstMissing == Long.MIN_VALUE) {
                firstMissing = end;
            }
            lastMissing = end;
        }

        private DataFinding.Resolution dropOrFail() {
            return policy == QualityPolicy.FAIL ? DataFinding.Resolution.FAILED : DataFinding.Resolution.DROPPED;
        }

        private void add(int i, long time, DataFinding.Kind kind, String values, String message,
                         DataFinding.Resolution resolution) {
            failed |= resolution == DataFinding.Resolution.FAILED;
            findings.add(new DataFinding(symbol, i, time, kind, values, message, resolution));
        }
    }

    // The same rules as BarValidator.checkBar, written out so that valid bars (nearly all of them) cost no
    // allocation; BarValidator then supplies the detailed messages for the rare bad bar.
    private static boolean followsBarRules(double o, double h, double l, double c, double v) {
        return Double.isFinite(o) && Double.isFinite(h) && Double.isFinite(l) && Double.isFinite(c)
                && Double.isFinite(v) && v >= 0 && o > 0 && h > 0 && l > 0 && c > 0 && l <= h
                && o >= l && o <= h && c >= l && c <= h;
    }

    private static String issues(int i, double o, double h, double l, double c, double v) {
        List<String> parts = new ArrayList<>();
        for (BarIssue issue : BarValidator.checkBar(i, o, h, l, c, v)) {
            parts.add(issue.field().name().toLowerCase(Locale.ROOT) + ": " + issue.message());
        }
        return String.join("; ", parts);
    }

    private static String values(double o, double h, double l, double c, double v) {
        return "open=" + o + " high=" + h + " low=" + l + " close=" + c + " volume=" + v;
    }
}
