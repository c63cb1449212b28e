package dev.backtester.api.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Where each rebalancing period ends, in the schedule's zone. */
class RebalanceScheduleTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long at(String local) {
        return ZonedDateTime.parse(local + "-05:00[America/New_York]").toInstant().toEpochMilli();
    }

    private static long startOf(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, NEW_YORK).toInstant().toEpochMilli();
    }

    @Test
    void eachPeriodEndsAtTheStartOfTheNextInTheZone() {
        long wednesdayClose = at("2024-02-14T16:00");
        assertEquals(startOf(2024, 2, 15), RebalanceSchedule.every(RebalanceSchedule.Period.DAILY).nextPeriodStart(wednesdayClose));
        assertEquals(startOf(2024, 2, 19), RebalanceSchedule.every(RebalanceSchedule.Period.WEEKLY).nextPeriodStart(wednesdayClose));
        assertEquals(startOf(2024, 3, 1), RebalanceSchedule.every(RebalanceSchedule.Period.MONTHLY).nextPeriodStart(wednesdayClose));
        assertEquals(startOf(2024, 4, 1), RebalanceSchedule.every(RebalanceSchedule.Period.QUARTERLY).nextPeriodStart(wednesdayClose));
        assertEquals(Long.MAX_VALUE, RebalanceSchedule.NEVER.nextPeriodStart(wednesdayClose));
    }

    @Test
    void aBarEndingAtMidnightBelongsToTheDayBefore() {
        // a daily bar stamped at the end of Sunday belongs to Sunday's week: the next week starts Monday 00:00
        long sundayEnd = startOf(2024, 2, 19);
        assertEquals(startOf(2024, 2, 19), RebalanceSchedule.every(RebalanceSchedule.Period.WEEKLY).nextPeriodStart(sundayEnd));
        assertEquals(startOf(2025, 1, 1),
                RebalanceSchedule.every(RebalanceSchedule.Period.QUARTERLY).nextPeriodStart(startOf(2025, 1, 1)));
    }
}
