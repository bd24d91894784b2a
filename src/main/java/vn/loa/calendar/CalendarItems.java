package vn.loa.calendar;

import vn.loa.text.VietDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates show of events and observances, as plain maps (FreeMarker reads them the same
 * whatever object wrapper JBake configures). One shape for both kinds, so that the agenda, the month
 * view and the home page list them together.
 */
final class CalendarItems {
    static final Comparator<SiteEvent> BY_START = Comparator
        .comparing((SiteEvent e) -> e.details().start())
        .thenComparing(e -> e.details().startTime() == null ? "" : e.details().startTime().toString())
        .thenComparing(SiteEvent::title)
        .thenComparing(SiteEvent::sourcePath);

    private CalendarItems() {
    }

    static Map<String, Object> of(SiteEvent event) {
        EventDetails d = event.details();
        Map<String, Object> item = base(event.title(), event.url(), "event", new DateSpan(d.start(), d.end()));
        item.put("timeText", timeText(d));
        putIfPresent(item, "isoStartTime", d.startTime() == null ? null : d.startTime().toString());
        putIfPresent(item, "location", d.location());
        putIfPresent(item, "organiser", d.organiser());
        putIfPresent(item, "audience", d.audience());
        item.put("categoryId", event.category().id());
        item.put("categoryName", event.category().name());
        putIfPresent(item, "summary", event.summary());
        item.put("icsUrl", event.url() + EventPages.ICS_NAME);
        return item;
    }

    static Map<String, Object> of(Observance observance, DateSpan occurrence) {
        Map<String, Object> item = base(observance.name(), observance.url(), "observance", occurrence);
        item.put("summary", observance.summary());
        item.put("period", observance.isPeriod());
        return item;
    }

    static List<Map<String, Object>> ofEvents(List<SiteEvent> events) {
        List<Map<String, Object>> items = new ArrayList<>();
        events.forEach(e -> items.add(of(e)));
        return items;
    }

    /** "Thứ Bảy, 15/11/2026", or "15/11 – 15/12/2026" for several days. */
    static String dateText(DateSpan span) {
        return span.start().equals(span.end()) ? VietDates.withWeekday(span.start()) : VietDates.range(span.start(), span.end());
    }

    /** "08:00 – 11:30", "từ 08:00", or null for an all-day event. */
    static String timeText(EventDetails d) {
        if (d.startTime() == null) {
            return null;
        }
        return d.endTime() == null ? "từ " + d.startTime() : d.startTime() + " – " + d.endTime();
    }

    /** Month groups for the agenda: [{heading: "Tháng 11/2026", items: [...]}, ...] in order. */
    static List<Map<String, Object>> byMonth(List<Map<String, Object>> items) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            LocalDate start = LocalDate.parse((String) item.get("isoStart"));
            groups.computeIfAbsent(VietDates.monthYear(start.getYear(), start.getMonthValue()), k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((heading, list) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("heading", heading);
            group.put("items", list);
            out.add(group);
        });
        return out;
    }

    private static Map<String, Object> base(String title, String url, String kind, DateSpan span) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("url", url);
        item.put("kind", kind);
        item.put("isoStart", span.start().toString());
        item.put("isoEnd", span.end().toString());
        item.put("dateText", dateText(span));
        item.put("day", span.start().getDayOfMonth());
        item.put("monthText", "Th" + span.start().getMonthValue());
        item.put("multiDay", !span.start().equals(span.end()));
        return item;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
