package vn.loa.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A day or period that comes back every year (8/3, the Action Month 15/11–15/12...), from
 * data/lich/ngay-ky-niem.yml.
 *
 * @param last       last day (inclusive) for a period, null for a single day; a period may cross the new year
 * @param paragraphs the explanation page's text
 * @param notice     the home page notice while the period runs (periods only), or null for a default
 * @param links      site paths of pages to read more (/bai-viet/.../), already checked to exist
 */
public record Observance(String id, String name, MonthDay first, MonthDay last, String summary,
                         List<String> paragraphs, String notice, List<String> links) {

    /** Events of this category share a feed with the observances: /lich/ngay-ky-niem.ics. */
    public static final String CATEGORY_ID = "ngay-ky-niem";

    public boolean isPeriod() {
        return last != null;
    }

    public String url() {
        return "/lich/ngay-ky-niem/" + id + "/";
    }

    /** "Ngày 8/3 hằng năm", "Từ 15/11 đến 15/12 hằng năm". */
    public String whenText() {
        String firstText = first.getDayOfMonth() + "/" + first.getMonthValue();
        if (last == null) {
            return "Ngày " + firstText + " hằng năm";
        }
        return "Từ " + firstText + " đến " + last.getDayOfMonth() + "/" + last.getMonthValue() + " hằng năm";
    }

    /** The occurrence that starts in {@code year}. */
    public DateSpan in(int year) {
        LocalDate start = first.atYear(year);
        if (last == null) {
            return new DateSpan(start, start);
        }
        LocalDate end = last.atYear(year);
        return new DateSpan(start, end.isBefore(start) ? last.atYear(year + 1) : end);
    }

    /** The occurrence running on {@code day}, or else the next one to start. */
    public DateSpan currentOrNext(LocalDate day) {
        DateSpan previous = in(day.getYear() - 1);
        if (!previous.end().isBefore(day)) {
            return previous;
        }
        DateSpan thisYear = in(day.getYear());
        return thisYear.end().isBefore(day) ? in(day.getYear() + 1) : thisYear;
    }
}
