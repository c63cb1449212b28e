/**
 * Trading calendars: when an exchange trades, in its own time zone.
 *
 * <ul>
 *   <li>{@link dev.backtester.core.calendar.TradingCalendar} gives one {@link dev.backtester.core.calendar.Session}
 *       per trading date and locates bars (by their END time: a bar is in a session when
 *       {@code open < end <= close}) in sessions.</li>
 *   <li>{@link dev.backtester.core.calendar.SessionCalendar} is the configurable one: zone, open, close,
 *       weekdays, holidays and half days (dates with an early close). Sessions spanning midnight are not
 *       supported. {@link dev.backtester.core.calendar.ContinuousCalendar} never closes and splits days at
 *       midnight; it is what "no calendar" means.</li>
 *   <li>{@link dev.backtester.core.calendar.Calendars} has presets: US equities (New York 09:30-16:00) and the
 *       European index and index future of the bundled sample data (Berlin 09:00-17:30 and 09:00-22:00,
 *       derived from the data's first and last bar of each day;
 *       {@link dev.backtester.core.calendar.ObservedSession} does that derivation).</li>
 *   <li>{@link dev.backtester.core.calendar.OutOfSessionPolicy} decides what happens to bars outside every
 *       session: drop, keep (visible to signal logic but never part of a session bar) or fail.</li>
 * </ul>
 *
 * <p>Everything here is immutable. The gap between one session's close and the next open (overnight,
 * weekends, holidays) is not a data gap; validation and resampling both follow the calendar.
 */
package dev.backtester.core.calendar;
