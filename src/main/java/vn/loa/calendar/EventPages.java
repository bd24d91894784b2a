package vn.loa.calendar;

import vn.loa.build.SiteOutput;

import java.util.Map;

/**
 * Event pages are rendered with the other documents (template {@code event.ftl}); this adds what
 * that template shows beyond the common facts, and writes each event's own .ics file beside its page.
 */
final class EventPages {
    /** /su-kien/&lt;slug&gt;/su-kien.ics: the "add to calendar" link. */
    static final String ICS_NAME = "su-kien.ics";

    private EventPages() {
    }

    static void enrich(SiteEvent event, CalendarModel model) {
        Map<String, Object> info = CalendarItems.of(event);
        info.put("past", !event.isCurrent(model.today()));
        info.put("during", model.observancesDuring(event.span()));
        event.document().put("eventInfo", info);
    }

    static void renderIcs(CalendarModel model, SiteOutput output) {
        for (SiteEvent event : model.siteEvents()) {
            output.text(SiteOutput.pathOf(event.url() + ICS_NAME), model.ics().event(event));
        }
    }
}
