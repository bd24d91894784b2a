package vn.loa.calendar;

import org.jbake.model.DocumentModel;

import java.time.LocalDate;

/**
 * A published event: its document, its checked details and its category.
 *
 * @param sourcePath content file relative to the site root, the stable part of the event's UID
 * @param published  the header's {@code date}, which also stamps the event in .ics files
 */
public record SiteEvent(DocumentModel document, String title, String url, String sourcePath, String summary,
                        LocalDate published, EventDetails details, EventCategory category) {

    public DateSpan span() {
        return new DateSpan(details.start(), details.end());
    }

    /** Upcoming or running on {@code today}: the last day has not passed. */
    public boolean isCurrent(LocalDate today) {
        return !details.end().isBefore(today);
    }
}
