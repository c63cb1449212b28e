package dev.backtester.core.timeframe;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.OutOfSessionPolicy;
import dev.backtester.core.calendar.Session;
import dev.backtester.core.calendar.SessionCursor;
import dev.backtester.core.calendar.TradingCalendar;
import dev.backtester.core.data.BarSeriesBuilder;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Builds higher-timeframe bars from finer bars: open of the first, highest high, lowest low, close of the
 * last, summed volume; each higher bar is timed at its END.
 *
 * <p><b>Periods.</b> Every higher bar covers the bars of one period of {@code calendar}: a minute bucket
 * counted from the session open and cut at the session close, one session, the sessions of one ISO week,
 * or those of one calendar month. Its end time is the bucket end, the session close (an early close on a
 * half day), or the close of the last scheduled session of the week or month. Bars outside every session
 * never count towards a higher bar; {@link OutOfSessionPolicy#FAIL} rejects them instead.
 *
 * <p><b>Completion.</b> A higher bar is complete at primary bar t when t's end time reaches the higher
 * bar's end. That is decided from bars up to t only: either t is the bar ending at the period end
 * (the last bar of a session) or t already belongs to a later period (the last bars of the period are
 * missing, or there is no calendar and a daily bar only ends at midnight). A higher bar is never shown
 * before it completes, so a partial last bar does not exist.
 *
 * <p>Resampling allocates per higher bar and per session, not per primary bar.
 *
 * @param timeframe    the higher timeframe
 * @param calendar     the sessions that periods follow; {@link Calendars#utc()} means none
 * @param outOfSession what to do with bars outside every session (DROP and KEEP both leave them out of
 *                     the higher bars; only the validator removes bars from a series)
 */
public record Resampler(Timeframe timeframe, TradingCalendar calendar, OutOfSessionPolicy outOfSession) {

    public Resampler {
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(outOfSession, "outOfSession");
    }

    /** A resampler without an exchange calendar: days split at midnight UTC. */
    public static Resampler of(Timeframe timeframe) {
        return new Resampler(timeframe, Calendars.utc(), OutOfSessionPolicy.KEEP);
    }

    /** A resampler following {@code calendar}'s sessions, leaving bars outside them out of the higher bars. */
    public static Resampler of(Timeframe timeframe, TradingCalendar calendar) {
        return new Resampler(timeframe, calendar, OutOfSessionPolicy.KEEP);
    }

    /**
     * Resamples {@code primary} and maps every primary bar to the last completed higher bar.
     *
     * @throws IllegalArgumentException under {@link OutOfSessionPolicy#FAIL}, for the first bar outside
     *                                  every session
     */
    public ResampledBars resample(BarSeries primary) {
        int n = primary.size();
        BarSeriesBuilder higher = new BarSeriesBuilder(Math.min(n, 1024));
        SessionCursor sessions = new SessionCursor(calendar);
        Session session = null;
        long sessionPeriodEnd = 0;
        long end = Long.MIN_VALUE;
        double open = 0;
        double high = 0;
        double low = 0;
        double close = 0;
        double volume = 0;
        boolean forming = false;
        for (int i = 0; i < n; i++) {
            long time = primary.time(i);
            Session found = sessions.locate(time);
            if (found == null) {
                rejectIfRequired(primary, i);
                continue;
            }
            if (found != session) {
                session = found;
                sessionPeriodEnd = timeframe.isIntraday() ? 0 : sessionPeriodEnd(found);
            }
            long barEnd = timeframe.isIntraday() ? minuteBucketEnd(time, session) : sessionPeriodEnd;
            if (forming && barEnd == end) {
                high = Math.max(high, primary.high(i));
                low = Math.min(low, primary.low(i));
                close = primary.close(i);
                volume += primary.volume(i);
                continue;
            }
            if (forming) {
                higher.add(end, open, high, low, close, volume);
            }
            forming = true;
            end = barEnd;
            open = primary.open(i);
            high = primary.high(i);
            low = primary.low(i);
            close = primary.close(i);
            volume = primary.volume(i);
        }
        // the bar still forming is shown only if the last primary bar already reached its end
        if (forming && primary.time(n - 1) >= end) {
            higher.add(end, open, high, low, close, volume);
        }
        return new ResampledBars(higher.build(primary.symbol()), completionMap(primary, higher));
    }

    /** For each primary bar, the last higher bar whose end is at or before the primary bar's end. */
    private static int[] completionMap(BarSeries primary, BarSeriesBuilder higher) {
        int n = primary.size();
        int completed = higher.size();
        int[] map = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            long time = primary.time(i);
            while (next < completed && higher.time(next) <= time) {
                next++;
            }
            map[i] = next - 1;
        }
        return map;
    }

    /** The end of the minute bucket holding a bar that ends at {@code time}: counted from the open, cut at the close. */
    private long minuteBucketEnd(long time, Session session) {
        long length = timeframe.millis();
        long buckets = (time - session.open() + length - 1) / length;
        return Math.min(session.open() + buckets * length, session.close());
    }

    /** The end of the day, week or month that {@code session} belongs to: the close of its last session. */
    private long sessionPeriodEnd(Session session) {
        LocalDate date = session.date();
        LocalDate last = switch (timeframe.unit()) {
            case DAY -> date;
            case WEEK -> date.with(DayOfWeek.SUNDAY);
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case MINUTE -> throw new IllegalStateException("minute timeframes use buckets");
        };
        // the session itself is a candidate, so a last session always exists
        return calendar.lastSessionBetween(date, last).close();
    }

    private void rejectIfRequired(BarSeries primary, int bar) {
        if (outOfSession == OutOfSessionPolicy.FAIL) {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(primary.time(bar)), calendar.zone());
            throw new IllegalArgumentException("bar " + bar + " of " + primary.symbol() + " ends at " + local + " "
                    + calendar.zone().getId() + ", outside every session of " + calendar.id()
                    + "; use OutOfSessionPolicy.DROP or KEEP, or a calendar that covers it");
        }
    }
}
