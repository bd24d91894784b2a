package vn.loa.calendar;

import vn.loa.text.VietDates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One month as table rows: weeks from Monday (Thứ Hai) to Sunday (Chủ Nhật), as Vietnamese
 * calendars print them; each week is headed by its ISO week number. A day lists what starts that
 * day, and on the 1st what is still running from the month before, so a month-long campaign shows
 * once instead of in every cell; days inside a campaign period are flagged for a light tint.
 */
final class MonthGrid {

    /** A thing on the calendar with its days. */
    record Entry(DateSpan span, Map<String, Object> item, boolean campaign) {
    }

    private MonthGrid() {
    }

    static List<Map<String, Object>> weekdayHeaders() {
        List<Map<String, Object>> headers = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("name", VietDates.weekday(day));
            h.put("short", day == DayOfWeek.SUNDAY ? "CN" : "T" + (day.getValue() + 1));
            headers.add(h);
        }
        return headers;
    }

    static List<Map<String, Object>> weeks(YearMonth month, List<Entry> entries, LocalDate today) {
        List<Map<String, Object>> weeks = new ArrayList<>();
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!cursor.isAfter(month.atEndOfMonth())) {
            Map<String, Object> week = new LinkedHashMap<>();
            week.put("number", cursor.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            List<Map<String, Object>> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate day = cursor.plusDays(i);
                days.add(YearMonth.from(day).equals(month) ? day(day, entries, today) : Map.of("inMonth", false));
            }
            week.put("days", days);
            weeks.add(week);
            cursor = cursor.plusWeeks(1);
        }
        return weeks;
    }

    private static Map<String, Object> day(LocalDate day, List<Entry> entries, LocalDate today) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("inMonth", true);
        cell.put("day", day.getDayOfMonth());
        cell.put("iso", day.toString());
        cell.put("label", VietDates.withWeekday(day));
        cell.put("today", day.equals(today));
        List<Map<String, Object>> items = new ArrayList<>();
        boolean inCampaign = false;
        for (Entry entry : entries) {
            if (!entry.span().contains(day)) {
                continue;
            }
            inCampaign |= entry.campaign();
            if (entry.span().start().equals(day) || day.getDayOfMonth() == 1) {
                items.add(entry.item());
            }
        }
        cell.put("items", items);
        cell.put("inCampaign", inCampaign);
        return cell;
    }
}
