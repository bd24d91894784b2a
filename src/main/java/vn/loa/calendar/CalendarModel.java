package vn.loa.calendar;

import vn.loa.build.SiteInfo;
import vn.loa.text.VietDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One bake's calendar: events in date order, observances, the covered years and today. */
final class CalendarModel {
    /** How far ahead the agenda lists observances. */
    static final int OBSERVANCE_HORIZON_DAYS = 120;

    private final SiteInfo info;
    private final CalendarData data;
    private final List<SiteEvent> siteEvents;
    private final YearRange years;
    private final LocalDate today;
    private final IcsWriter ics;
    private final Map<String, String> titles;

    /** @param titles every page's title by URL, for links from observance pages */
    CalendarModel(SiteInfo info, CalendarData data, List<SiteEvent> siteEvents, YearRange years, LocalDate today,
                  Map<String, String> titles) {
        this.titles = titles;
        this.info = info;
        this.data = data;
        this.siteEvents = siteEvents;
        this.years = years;
        this.today = today;
        this.ics = new IcsWriter(info, years.from());
    }

    SiteInfo info() {
        return info;
    }

    CalendarData data() {
        return data;
    }

    List<SiteEvent> siteEvents() {
        return siteEvents;
    }

    YearRange years() {
        return years;
    }

    LocalDate today() {
        return today;
    }

    String titleOf(String url) {
        return titles.getOrDefault(url, url);
    }

    IcsWriter ics() {
        return ics;
    }

    List<SiteEvent> upcoming() {
        return siteEvents.stream().filter(e -> e.isCurrent(today)).toList();
    }

    /** Past events, most recent first. */
    List<SiteEvent> past() {
        List<SiteEvent> past = new ArrayList<>(siteEvents.stream().filter(e -> !e.isCurrent(today)).toList());
        past.sort(CalendarItems.BY_START.reversed());
        return past;
    }

    List<Map<String, Object>> upcomingItems(int limit) {
        List<SiteEvent> upcoming = upcoming();
        return CalendarItems.ofEvents(upcoming.subList(0, Math.min(limit, upcoming.size())));
    }

    /** Each observance's running or next occurrence within the horizon, soonest first. */
    List<Map<String, Object>> upcomingObservances() {
        List<Map.Entry<DateSpan, Observance>> next = new ArrayList<>();
        for (Observance observance : data.observances()) {
            DateSpan span = observance.currentOrNext(today);
            if (!span.start().isAfter(today.plusDays(OBSERVANCE_HORIZON_DAYS))) {
                next.add(Map.entry(span, observance));
            }
        }
        next.sort(Comparator.comparing((Map.Entry<DateSpan, Observance> e) -> e.getKey().start()).thenComparing(e -> e.getValue().id()));
        List<Map<String, Object>> items = new ArrayList<>();
        next.forEach(e -> items.add(CalendarItems.of(e.getValue(), e.getKey())));
        return items;
    }

    /**
     * Notices for the home page: every campaign period's running or next occurrence, with its dates
     * so that the optional script can show it on the reader's day; hidden unless it runs today.
     */
    List<Map<String, Object>> campaignNotices() {
        List<Map<String, Object>> notices = new ArrayList<>();
        for (Observance observance : data.observances()) {
            if (!observance.isPeriod()) {
                continue;
            }
            DateSpan span = observance.currentOrNext(today);
            Map<String, Object> notice = new LinkedHashMap<>();
            notice.put("name", observance.name());
            notice.put("url", observance.url());
            notice.put("text", observance.notice() != null ? observance.notice() : observance.summary());
            notice.put("dateText", VietDates.range(span.start(), span.end()));
            notice.put("isoStart", span.start().toString());
            notice.put("isoEnd", span.end().toString());
            notice.put("running", span.contains(today));
            notices.add(notice);
        }
        notices.sort(Comparator.comparing((Map<String, Object> n) -> (String) n.get("isoStart")));
        return notices;
    }

    /** Everything overlapping a month, for its table and list: events, then observance occurrences. */
    List<MonthGrid.Entry> entriesIn(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<MonthGrid.Entry> entries = new ArrayList<>();
        for (SiteEvent event : siteEvents) {
            if (event.span().overlaps(from, to)) {
                entries.add(new MonthGrid.Entry(event.span(), CalendarItems.of(event), false));
            }
        }
        for (Observance observance : data.observances()) {
            for (int year = month.getYear() - 1; year <= month.getYear(); year++) {
                DateSpan span = observance.in(year);
                if (year >= years.from() && year <= years.to() && span.overlaps(from, to)) {
                    entries.add(new MonthGrid.Entry(span, CalendarItems.of(observance, span), observance.isPeriod()));
                }
            }
        }
        entries.sort(Comparator.comparing((MonthGrid.Entry e) -> e.span().start())
            .thenComparing(e -> "event".equals(e.item().get("kind")) ? 1 : 0)
            .thenComparing(e -> (String) e.item().get("title")));
        return entries;
    }

    /** Observance occurrences overlapping an event's days, for "during" links on the event page. */
    List<Map<String, Object>> observancesDuring(DateSpan span) {
        List<Map<String, Object>> during = new ArrayList<>();
        for (Observance observance : data.observances()) {
            for (int year = span.start().getYear() - 1; year <= span.end().getYear(); year++) {
                DateSpan occurrence = observance.in(year);
                if (occurrence.overlaps(span.start(), span.end())) {
                    during.add(CalendarItems.of(observance, occurrence));
                    break;
                }
            }
        }
        return during;
    }
}
