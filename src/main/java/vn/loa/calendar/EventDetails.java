package vn.loa.calendar;

import vn.loa.content.ContentHeader;
import vn.loa.content.HeaderValidator;
import vn.loa.content.ProblemSink;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an event's header says about when and where: dates (end inclusive, as people write
 * "15/11 – 15/12"), optional times in Vietnam's clock, place, organiser, audience and category id.
 *
 * @param end        last day, inclusive; equals {@code start} for a one-day event
 * @param startTime  null for an all-day event
 * @param endTime    null when only a start time is known
 */
public record EventDetails(LocalDate start, LocalDate end, LocalTime startTime, LocalTime endTime,
                           String location, String organiser, String audience, String category) {

    public static final Set<String> KEYS = Set.of(
        "start", "end", "start-time", "end-time", "location", "organiser", "audience", "category");

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:hHgG](\\d{2})");

    public boolean allDay() {
        return startTime == null;
    }

    public boolean multiDay() {
        return !end.equals(start);
    }

    /**
     * Reads and checks the event keys; every fault goes to {@code problems} with its line.
     *
     * @return the details, or null when a fault was reported
     */
    public static EventDetails read(ContentHeader header, ProblemSink problems) {
        int[] faults = {0};
        ProblemSink counted = (line, message) -> {
            faults[0]++;
            problems.report(line, message);
        };
        LocalDate start = HeaderValidator.parseDate(header, "start", counted, true);
        LocalDate end = HeaderValidator.parseDate(header, "end", counted, false);
        LocalTime startTime = parseTime(header, "start-time", counted);
        LocalTime endTime = parseTime(header, "end-time", counted);
        if (faults[0] > 0) {
            return null;
        }
        if (end == null) {
            end = start;
        }
        if (end.isBefore(start)) {
            counted.report(header.lineOf("end"), "Ngày kết thúc (end=" + header.value("end") + ") đứng trước ngày bắt đầu (start="
                + header.value("start") + "). Hãy sửa lại: ngày kết thúc phải bằng hoặc sau ngày bắt đầu; "
                + "sự kiện trong một ngày thì bỏ dòng end=.");
        }
        if (endTime != null && startTime == null) {
            counted.report(header.lineOf("end-time"), "Có giờ kết thúc (end-time) nhưng thiếu giờ bắt đầu. "
                + "Hãy thêm dòng start-time=giờ:phút, ví dụ start-time=08:00, hoặc bỏ dòng end-time=.");
        }
        if (startTime != null && endTime != null && end.equals(start) && !endTime.isAfter(startTime)) {
            counted.report(header.lineOf("end-time"), "Giờ kết thúc (" + header.value("end-time") + ") phải sau giờ bắt đầu ("
                + header.value("start-time") + "). Hãy kiểm tra lại hai dòng start-time= và end-time=.");
        }
        if (faults[0] > 0) {
            return null;
        }
        return new EventDetails(start, end, startTime, endTime, text(header, "location"), text(header, "organiser"),
            text(header, "audience"), text(header, "category"));
    }

    /** "08:00", also "8:00" and "8h00" as officers write it; 25:00 or 08:75 is refused. */
    static LocalTime parseTime(ContentHeader header, String key, ProblemSink problems) {
        String value = header.value(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(value.strip());
        if (!m.matches()) {
            problems.report(header.lineOf(key), "Giờ \"" + value.strip() + "\" (" + key + ") viết chưa đúng dạng. "
                + "Hãy viết giờ:phút theo 24 giờ, ví dụ " + key + "=14:30 cho 2 giờ 30 chiều.");
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            problems.report(header.lineOf(key), "Giờ \"" + value.strip() + "\" (" + key + ") không có thật: giờ từ 00 đến 23, "
                + "phút từ 00 đến 59. Hãy sửa lại, ví dụ " + key + "=08:00.");
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    private static String text(ContentHeader header, String key) {
        String value = header.value(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
