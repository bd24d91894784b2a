package vn.loa.calendar;

import vn.loa.build.SiteOutput;
import vn.loa.text.VietDates;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The /lich/ section: the agenda (/lich/), a table per month (/lich/2026/11/), a page per year,
 * past events by year (/lich/da-qua/2025/), observance pages (/lich/ngay-ky-niem/&lt;id&gt;/) and
 * the subscription feeds (/lich/tat-ca.ics, /lich/&lt;category&gt;.ics).
 */
final class CalendarPages {
    static final String ALL_FEED = "/lich/tat-ca.ics";

    private final CalendarModel model;
    private final SiteOutput output;

    CalendarPages(CalendarModel model, SiteOutput output) {
        this.model = model;
        this.output = output;
    }

    void renderAll() {
        renderFeeds();
        renderAgenda();
        for (int year = model.years().from(); year <= model.years().to(); year++) {
            renderYear(year);
            for (int month = 1; month <= 12; month++) {
                renderMonth(YearMonth.of(year, month));
            }
        }
        renderPast();
        renderObservances();
    }

    private void renderFeeds() {
        output.text(SiteOutput.pathOf(ALL_FEED), model.ics().feed("Tất cả sự kiện", model.siteEvents(), model.data().observances()));
        for (EventCategory category : model.data().categories().values()) {
            List<SiteEvent> inCategory = model.siteEvents().stream().filter(e -> e.category().equals(category)).toList();
            List<Observance> observances = category.id().equals(Observance.CATEGORY_ID) ? model.data().observances() : List.of();
            output.text(SiteOutput.pathOf(feedUrl(category)), model.ics().feed(category.name(), inCategory, observances));
        }
    }

    private void renderAgenda() {
        Map<String, Object> vars = new LinkedHashMap<>();
        List<Map<String, Object>> upcoming = CalendarItems.ofEvents(model.upcoming());
        vars.put("agendaGroups", CalendarItems.byMonth(upcoming));
        vars.put("upcomingCount", upcoming.size());
        vars.put("observanceItems", model.upcomingObservances());
        YearMonth now = YearMonth.from(model.today());
        vars.put("thisMonthUrl", monthUrl(now));
        vars.put("thisMonthText", VietDates.monthYear(now.getYear(), now.getMonthValue()));
        vars.put("pastYears", pastYears());
        vars.put("calendarFeeds", feeds());
        vars.put("page", CalendarFeature.meta("Lịch sự kiện",
            "Sự kiện sắp diễn ra, ngày kỷ niệm và tháng hành động về bình đẳng giới của " + model.info().name() + ".", "/lich/"));
        output.page("/lich/", "calendar-agenda.ftl", vars, model.today().toString(), null);
    }

    private void renderYear(int year) {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", monthUrl(ym));
            m.put("name", "Tháng " + month);
            m.put("count", model.entriesIn(ym).size());
            months.add(m);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("year", year);
        vars.put("months", months);
        vars.put("previousYearUrl", year > model.years().from() ? "/lich/" + (year - 1) + "/" : null);
        vars.put("nextYearUrl", year < model.years().to() ? "/lich/" + (year + 1) + "/" : null);
        vars.put("page", CalendarFeature.meta("Lịch năm " + year, "Các tháng của năm " + year + " trên lịch sự kiện.", "/lich/" + year + "/"));
        output.page("/lich/" + year + "/", "calendar-year.ftl", withoutNulls(vars), null, null);
    }

    private void renderMonth(YearMonth month) {
        List<MonthGrid.Entry> entries = model.entriesIn(month);
        List<Map<String, Object>> items = new ArrayList<>();
        entries.forEach(e -> items.add(e.item()));
        Map<String, Object> vars = new LinkedHashMap<>();
        String title = VietDates.monthYear(month.getYear(), month.getMonthValue());
        vars.put("monthTitle", title);
        vars.put("year", month.getYear());
        vars.put("weekdays", MonthGrid.weekdayHeaders());
        vars.put("weeks", MonthGrid.weeks(month, entries, model.today()));
        vars.put("monthItems", items);
        YearMonth previous = month.minusMonths(1);
        YearMonth next = month.plusMonths(1);
        if (previous.getYear() >= model.years().from()) {
            vars.put("previousUrl", monthUrl(previous));
            vars.put("previousText", VietDates.monthYear(previous.getYear(), previous.getMonthValue()));
        }
        if (next.getYear() <= model.years().to()) {
            vars.put("nextUrl", monthUrl(next));
            vars.put("nextText", VietDates.monthYear(next.getYear(), next.getMonthValue()));
        }
        vars.put("page", CalendarFeature.meta("Lịch " + title.toLowerCase(Locale.ROOT),
            "Sự kiện và ngày kỷ niệm trong " + title.toLowerCase(Locale.ROOT) + ".", monthUrl(month)));
        String lastModified = model.siteEvents().stream().filter(e -> e.span().overlaps(month.atDay(1), month.atEndOfMonth()))
            .map(e -> e.published().toString()).max(String::compareTo).orElse(null);
        output.page(monthUrl(month), "calendar-month.ftl", vars, lastModified, null);
    }

    private void renderPast() {
        Map<Integer, List<SiteEvent>> byYear = new TreeMap<>(Collections.reverseOrder());
        for (SiteEvent event : model.past()) {
            byYear.computeIfAbsent(event.details().start().getYear(), y -> new ArrayList<>()).add(event);
        }
        List<Map<String, Object>> years = pastYears();
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("pastYearList", years);
        index.put("page", CalendarFeature.meta("Sự kiện đã qua", "Các sự kiện đã diễn ra, theo năm.", "/lich/da-qua/"));
        output.page("/lich/da-qua/", "calendar-past.ftl", index, null, null);
        byYear.forEach((year, list) -> {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("year", year);
            vars.put("pastYearList", years);
            vars.put("pastItems", CalendarItems.ofEvents(list));
            vars.put("page", CalendarFeature.meta("Sự kiện đã qua năm " + year, "Các sự kiện đã diễn ra trong năm " + year + ".",
                "/lich/da-qua/" + year + "/"));
            output.page("/lich/da-qua/" + year + "/", "calendar-past.ftl", vars,
                list.stream().map(e -> e.published().toString()).max(String::compareTo).orElse(null), null);
        });
    }

    private void renderObservances() {
        List<Map<String, Object>> all = new ArrayList<>();
        String lastModified = model.years().from() + "-01-01";
        for (Observance observance : model.data().observances()) {
            Map<String, Object> item = CalendarItems.of(observance, observance.currentOrNext(model.today()));
            item.put("when", observance.whenText());
            all.add(item);
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("observance", item);
            vars.put("paragraphs", observance.paragraphs());
            vars.put("links", links(observance.links()));
            vars.put("occurrences", occurrences(observance));
            vars.put("page", CalendarFeature.meta(observance.name(), observance.summary(), observance.url()));
            output.page(observance.url(), "observance.ftl", vars, lastModified, null);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("observanceList", all);
        vars.put("page", CalendarFeature.meta("Ngày kỷ niệm và tháng hành động",
            "Các ngày kỷ niệm và tháng hành động về bình đẳng giới, phòng, chống bạo lực trên cơ sở giới trong năm.", "/lich/ngay-ky-niem/"));
        output.page("/lich/ngay-ky-niem/", "observances.ftl", vars, lastModified, null);
    }

    /** Dates of an observance in each covered year, with the site's events during them. */
    private List<Map<String, Object>> occurrences(Observance observance) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int year = model.years().from(); year <= model.years().to(); year++) {
            DateSpan span = observance.in(year);
            Map<String, Object> occurrence = new LinkedHashMap<>();
            occurrence.put("year", year);
            occurrence.put("dateText", CalendarItems.dateText(span));
            occurrence.put("isoStart", span.start().toString());
            occurrence.put("during", CalendarItems.ofEvents(model.siteEvents().stream()
                .filter(e -> e.span().overlaps(span.start(), span.end())).toList()));
            list.add(occurrence);
        }
        return list;
    }

    private List<Map<String, Object>> links(List<String> paths) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (String path : paths) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("url", path);
            link.put("title", model.titleOf(path));
            links.add(link);
        }
        return links;
    }

    private List<Map<String, Object>> pastYears() {
        Map<Integer, Integer> counts = new TreeMap<>(Collections.reverseOrder());
        model.past().forEach(e -> counts.merge(e.details().start().getYear(), 1, Integer::sum));
        List<Map<String, Object>> years = new ArrayList<>();
        counts.forEach((year, count) -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("year", year);
            y.put("count", count);
            y.put("url", "/lich/da-qua/" + year + "/");
            years.add(y);
        });
        return years;
    }

    private List<Map<String, Object>> feeds() {
        List<Map<String, Object>> feeds = new ArrayList<>();
        feeds.add(feed("Tất cả sự kiện và ngày kỷ niệm", ALL_FEED));
        for (EventCategory category : model.data().categories().values()) {
            feeds.add(feed(category.name(), feedUrl(category)));
        }
        return feeds;
    }

    private static Map<String, Object> feed(String name, String url) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("name", name);
        feed.put("url", url);
        return feed;
    }

    static String feedUrl(EventCategory category) {
        return "/lich/" + category.id() + ".ics";
    }

    static String monthUrl(YearMonth month) {
        return String.format("/lich/%d/%02d/", month.getYear(), month.getMonthValue());
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> vars) {
        vars.values().removeIf(Objects::isNull);
        return vars;
    }
}
