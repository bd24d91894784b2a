package vn.loa.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarClockTest {

    @Test
    void propertyWinsOverEnvironment() {
        LocalDate day = CalendarClock.today(Map.of("loa.today", "2026-11-20")::get, Map.of("LOA_TODAY", "2027-01-01")::get);
        assertEquals(LocalDate.of(2026, 11, 20), day);
    }

    @Test
    void environmentPinsTheDay() {
        assertEquals(LocalDate.of(2027, 6, 1), CalendarClock.today(k -> null, Map.of("LOA_TODAY", "2027-06-01")::get));
    }

    @Test
    void withoutPinItIsTodayInVietnam() {
        assertNotNull(CalendarClock.today(k -> null, k -> null));
    }

    @Test
    void anImpossiblePinnedDayIsRefusedInVietnamese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CalendarClock.today(k -> null, Map.of("LOA_TODAY", "2026-02-30")::get));
        assertTrue(e.getMessage().contains("LOA_TODAY=2026-02-30"), e.getMessage());
    }
}
