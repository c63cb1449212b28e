package dev.backtester.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeframeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1mo", "7m", "90m", "24h"})
    void labelsReadBackEqual(String text) {
        Timeframe timeframe = Timeframe.parse(text);
        assertEquals(text, timeframe.label());
        assertEquals(timeframe, Timeframe.parse(timeframe.label()));
    }

    @Test
    void hoursAreMinutesAndSixtyMinutesIsAnHour() {
        assertEquals(Timeframe.HOUR, Timeframe.parse("60m"));
        assertEquals(Timeframe.HOURS_4, Timeframe.hours(4));
        assertEquals(240 * 60_000L, Timeframe.HOURS_4.millis());
        assertEquals("1h", Timeframe.parse("60m").label());
        assertTrue(Timeframe.MINUTES_15.isIntraday());
        assertFalse(Timeframe.DAY.isIntraday());
        assertEquals(Timeframe.MONTH, Timeframe.parse("1mo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "15", "15M", "1D", "0m", "1441m", "2d", "3w", "2mo", " 5m", "5 m", "1y", "99999m"})
    void rejectsOtherTextNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timeframe.parse(text));
        assertTrue(e.getMessage().startsWith("timeframe '" + text + "'"), e.getMessage());
    }

    @Test
    void daysWeeksAndMonthsHaveNoFixedLength() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Timeframe.DAY::millis);
        assertTrue(e.getMessage().contains("1d"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Timeframe(Timeframe.Unit.WEEK, 2));
    }
}
