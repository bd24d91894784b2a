package vn.loa.calendar;

import vn.loa.text.VietDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Where the calendar's "today" comes from. A static site is a snapshot of one day: what is upcoming,
 * what is past and whether a campaign notice shows all depend on the build day, so the site is
 * rebuilt daily (docs/calendar.md). Tests and reproducibility checks pin the day with the system
 * property {@code loa.today} or the environment variable {@code LOA_TODAY} ({@code yyyy-MM-dd});
 * otherwise it is the current date in Vietnam, whatever zone the build machine is in.
 */
public final class CalendarClock {
    public static final String PROPERTY = "loa.today";
    public static final String ENVIRONMENT = "LOA_TODAY";

    private CalendarClock() {
    }

    /** A pinned day is read strictly: a typo must not silently give a calendar for the wrong day. */
    public static LocalDate today() {
        return today(System::getProperty, System::getenv);
    }

    static LocalDate today(Function<String, String> properties, Function<String, String> environment) {
        String pinned = properties.apply(PROPERTY);
        String source = "-D" + PROPERTY;
        if (pinned == null || pinned.isBlank()) {
            pinned = environment.apply(ENVIRONMENT);
            source = ENVIRONMENT;
        }
        if (pinned == null || pinned.isBlank()) {
            return LocalDate.now(VietDates.ZONE);
        }
        try {
            return LocalDate.parse(pinned.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + "=" + pinned + " không phải ngày dạng năm-tháng-ngày "
                + "(ví dụ 2026-11-15). Hãy sửa hoặc bỏ biến này để dùng ngày hôm nay.", e);
        }
    }
}
