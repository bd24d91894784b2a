package vn.loa.calendar;

import org.jbake.model.DocumentModel;
import vn.loa.build.BuildProblems;
import vn.loa.build.ParsedDocument;
import vn.loa.build.SiteFeature;
import vn.loa.build.SiteModel;
import vn.loa.build.SiteOutput;
import vn.loa.content.ContentTypes;
import vn.loa.content.ProblemSink;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The event calendar: the {@code event} content type, observances from data/lich/, the /lich/
 * section (agenda, month tables, past events, observance pages), .ics files and the home page's
 * campaign notice and upcoming events. See docs/calendar.md.
 */
public final class CalendarFeature implements SiteFeature {
    static final int HOME_UPCOMING = 3;

    private final Supplier<LocalDate> clock;
    private CalendarModel model;

    /** Today from {@link CalendarClock}: LOA_TODAY / -Dloa.today, else the date in Vietnam. */
    public CalendarFeature() {
        this(CalendarClock::today);
    }

    public CalendarFeature(Supplier<LocalDate> clock) {
        this.clock = clock;
    }

    @Override
    public void registerTypes(ContentTypes types) {
        types.register(new EventType());
    }

    @Override
    public void prepare(SiteModel site, BuildProblems problems) {
        LocalDate today;
        try {
            today = clock.get();
        } catch (IllegalArgumentException e) {
            problems.error(problems.siteRoot(), 0, e.getMessage());
            return;
        }
        Map<String, String> titles = new HashMap<>();
        site.documents().forEach(d -> titles.put(String.valueOf(d.get("url")), d.getTitle()));
        CalendarData data = CalendarData.read(site.context().dataDir(), vn.loa.build.Overrides.data(site.context().root()), problems, titles::containsKey);
        List<SiteEvent> siteEvents = readEvents(site, data, problems);
        YearRange years = YearRange.read(site, siteEvents, today, problems);
        if (problems.hasErrors()) {
            return;
        }
        model = new CalendarModel(site.info(), data, siteEvents, years, today, titles);
        for (SiteEvent event : siteEvents) {
            EventPages.enrich(event, model);
        }
        site.globals().put("calendarNotices", model.campaignNotices());
        site.globals().put("upcomingEvents", model.upcomingItems(HOME_UPCOMING));
        site.globals().put("calendarToday", today.toString());
    }

    @Override
    public void render(SiteModel site, SiteOutput output) {
        if (model == null) {
            return;
        }
        EventPages.renderIcs(model, output);
        new CalendarPages(model, output).renderAll();
    }

    private static List<SiteEvent> readEvents(SiteModel site, CalendarData data, BuildProblems problems) {
        List<SiteEvent> siteEvents = new ArrayList<>();
        for (DocumentModel doc : site.ofType("event")) {
            String sourcePath = String.valueOf(doc.get("sourcePath"));
            ParsedDocument parsed = site.context().parsed().get(sourcePath);
            if (parsed == null) {
                continue;
            }
            Path file = parsed.file();
            ProblemSink errors = (line, message) -> problems.error(file, line, message);
            EventDetails details = EventDetails.read(parsed.header(), errors);
            if (details == null) {
                continue;
            }
            EventCategory category = category(parsed, details, data, errors);
            if (category == null) {
                continue;
            }
            siteEvents.add(new SiteEvent(doc, doc.getTitle(), String.valueOf(doc.get("url")), sourcePath,
                (String) parsed.header().value("summary"), parsed.common().date(), details, category));
        }
        siteEvents.sort(CalendarItems.BY_START);
        return List.copyOf(siteEvents);
    }

    private static EventCategory category(ParsedDocument parsed, EventDetails details, CalendarData data, ProblemSink errors) {
        String choices = data.categories().isEmpty()
            ? "chưa có loại nào: hãy tạo tệp data/" + CalendarData.CATEGORIES_FILE + " (xem docs/calendar.md)"
            : "các loại dùng được: " + String.join(", ", data.categories().keySet());
        if (details.category() == null) {
            errors.report(parsed.header().lineOf("category"), "Sự kiện chưa có loại. Hãy thêm dòng category=... ("
                + choices + ").");
            return null;
        }
        EventCategory category = data.categories().get(details.category());
        if (category == null) {
            errors.report(parsed.header().lineOf("category"), "Loại sự kiện \"" + details.category() + "\" không có trong danh sách ("
                + choices + "). Hãy sửa lại, hoặc thêm loại mới vào data/" + CalendarData.CATEGORIES_FILE + ".");
        }
        return category;
    }

    /** The {@code page} variable of a calendar page. */
    static Map<String, Object> meta(String title, String description, String url) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("description", description);
        page.put("url", url);
        page.put("type", "website");
        return page;
    }
}
