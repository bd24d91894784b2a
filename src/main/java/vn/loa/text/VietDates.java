package vn.loa.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates the way Vietnamese readers write them: 15/11/2026, "Thứ Bảy, 15/11/2026". */
public final class VietDates {
    /** Pages, .ics files and "today" all mean Vietnam's clock, whatever the build machine's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] WEEKDAYS = {
        "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
    };
    private static final String[] MONTHS = {
        "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
        "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"
    };

    private VietDates() {
    }

    public static String numeric(LocalDate date) {
        return date.format(DAY_MONTH_YEAR);
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** "Thứ Bảy, 15/11/2026". */
    public static String withWeekday(LocalDate date) {
        return weekday(date.getDayOfWeek()) + ", " + numeric(date);
    }

    /** "15/11 – 15/12/2026", or "28/12/2026 – 03/01/2027" across a year; a single day when start equals end. */
    public static String range(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return numeric(start);
        }
        String first = start.getYear() == end.getYear() ? start.format(DAY_MONTH) : numeric(start);
        return first + " – " + numeric(end);
    }

    /** "Tháng Mười Một 2026" for month headings ("Tháng 11/2026" is what people say, so offer both). */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    public static String monthYear(int year, int month) {
        return "Tháng " + month + "/" + year;
    }
}
