package dev.backtester.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One trading session: the trading date and the instants it opens and closes.
 *
 * <p>Bar times are bar END times, so a bar belongs to the session when {@code open < time <= close}: the
 * first bar of a 09:00 session ends after 09:00, the last one ends at the close.
 *
 * @param date  the exchange-local trading date
 * @param open  the opening instant, UTC epoch milliseconds
 * @param close the closing instant, UTC epoch milliseconds, after {@code open}
 */
public record Session(LocalDate date, long open, long close) {

    /** @throws IllegalArgumentException if the session does not close after it opens */
    public Session {
        Objects.requireNonNull(date, "date");
        if (close <= open) {
            throw new IllegalArgumentException("session of " + date + " must close after it opens: open " + open
                    + ", close " + close);
        }
    }

    /** True when a bar ending at {@code time} lies in this session: {@code open < time <= close}. */
    public boolean contains(long time) {
        return time > open && time <= close;
    }
}
