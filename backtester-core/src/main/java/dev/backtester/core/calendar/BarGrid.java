package dev.backtester.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The bar end times a calendar expects for bars of one length: in every session {@code open + k * length}
 * for k = 1, 2, ... before the close, and the close itself (a last, shorter bar when the length does not
 * divide the session). A length at least as long as the session gives one bar per session, at its close.
 *
 * @param calendar  the sessions
 * @param barLength the length of one bar, positive
 */
public record BarGrid(TradingCalendar calendar, Duration barLength) {

    public BarGrid {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(barLength, "barLength");
        if (barLength.isNegative() || barLength.isZero()) {
            throw new IllegalArgumentException("bar length must be positive, got " + barLength);
        }
    }

    /**
     * Calls {@code missing} with every expected bar end strictly between {@code after} and {@code before},
     * in time order, and returns how many there were. Allocates per session spanned, not per bar.
     */
    public int expectedBetween(long after, long before, LongConsumer missing) {
        long length = barLength.toMillis();
        int count = 0;
        LocalDate last = calendar.dateOf(before);
        for (LocalDate date = calendar.dateOf(after); !date.isAfter(last); date = date.plusDays(1)) {
            Session session = calendar.session(date);
            if (session == null) {
                continue;
            }
            long from = Math.max(after, session.open());
            // the first grid point after 'from': open + k * length with k = floor((from - open) / length) + 1
            for (long end = session.open() + ((from - session.open()) / length + 1) * length;
                 end < session.close() && end < before; end += length) {
                missing.accept(end);
                count++;
            }
            if (session.close() > after && session.close() < before) {
                missing.accept(session.close());
                count++;
            }
        }
        return count;
    }

    /**
     * True when a bar ending at {@code next} directly follows one ending at {@code previous} in
     * {@code session}, both on the grid: the cheap check that spares {@link #expectedBetween} for regular bars.
     */
    public boolean isNextInSession(Session session, long previous, long next) {
        long length = barLength.toMillis();
        return session.contains(previous) && session.contains(next) && next - previous == length
                && (previous - session.open()) % length == 0;
    }
}
