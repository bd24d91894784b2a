package vn.loa.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import vn.loa.build.SiteInfo;
import vn.loa.text.Slugs;
import vn.loa.text.VietDates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * iCalendar files (RFC 5545) for one event and for subscription feeds, written with biweekly.
 *
 * <p>Everything in the output is derived from the content, never from the clock, so two builds give
 * the same bytes and calendar apps update an edited event instead of adding a copy:
 * UIDs come from the source file's path and the site's host; DTSTAMP is the event's publication
 * date (observances: 1 January of the calendar's first year). All-day events are DATE values with an
 * exclusive DTEND; timed events are local times in Asia/Ho_Chi_Minh with its VTIMEZONE (Vietnam has
 * kept UTC+7 without daylight saving since 13 June 1975). Observances recur with RRULE:FREQ=YEARLY.
 */
public final class IcsWriter {
    static final String PRODUCT_ID = "-//Loa//Lich su kien//VI";

    private final SiteInfo site;
    private final String host;
    private final int firstYear;

    /** @param firstYear the first year the calendar shows; observances start their yearly rule there */
    public IcsWriter(SiteInfo site, int firstYear) {
        this.site = site;
        this.host = hostOf(site.baseUrl());
        this.firstYear = firstYear;
    }

    /** The file behind an event's "add to calendar" link. */
    public String event(SiteEvent event) {
        ICalendar ical = calendar(null);
        ical.addEvent(vevent(event));
        return write(ical, event.details().allDay());
    }

    /** A subscription feed: events (in the given order) and then observances. */
    public String feed(String name, List<SiteEvent> siteEvents, List<Observance> observances) {
        ICalendar ical = calendar(name);
        boolean allDay = true;
        for (SiteEvent event : siteEvents) {
            ical.addEvent(vevent(event));
            allDay &= event.details().allDay();
        }
        for (Observance observance : observances) {
            ical.addEvent(vevent(observance));
        }
        return write(ical, allDay);
    }

    /** Stable across builds and edits: content/su-kien/hop-to-dan-pho.adoc -> su-kien-hop-to-dan-pho@host. */
    String uid(SiteEvent event) {
        String path = event.sourcePath().replaceFirst("^content/", "").replaceFirst("\\.[^./]+$", "");
        return Slugs.of(path) + "@" + host;
    }

    String uid(Observance observance) {
        return "ngay-ky-niem-" + observance.id() + "@" + host;
    }

    private ICalendar calendar(String name) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        if (name != null) {
            String full = site.name() + " – " + name;
            ical.setName(full);
            ical.setExperimentalProperty("X-WR-CALNAME", full);
            ical.setRefreshInterval(Duration.builder().days(1).build());
            ical.setExperimentalProperty("X-PUBLISHED-TTL", "P1D");
        }
        return ical;
    }

    private VEvent vevent(SiteEvent event) {
        EventDetails d = event.details();
        VEvent v = new VEvent();
        v.setUid(uid(event));
        v.setDateTimeStamp(toDate(event.published().atStartOfDay(), VietDates.ZONE));
        v.setSummary(event.title());
        v.setDescription(description(event));
        if (d.location() != null) {
            v.setLocation(d.location());
        }
        v.setUrl(site.absolute(event.url()));
        v.addCategories(event.category().name());
        if (d.allDay()) {
            v.setDateStart(dateOnly(d.start()));
            v.setDateEnd(dateOnlyEnd(d.end()));
        } else {
            v.setDateStart(new DateStart(toDate(d.start().atTime(d.startTime()), VietDates.ZONE), true));
            LocalDateTime end = d.endTime() != null ? d.end().atTime(d.endTime())
                : d.multiDay() ? d.end().plusDays(1).atTime(LocalTime.MIDNIGHT) : null;
            if (end != null) {
                v.setDateEnd(new DateEnd(toDate(end, VietDates.ZONE), true));
            }
        }
        return v;
    }

    private VEvent vevent(Observance observance) {
        DateSpan first = observance.in(firstYear);
        VEvent v = new VEvent();
        v.setUid(uid(observance));
        v.setDateTimeStamp(toDate(LocalDate.of(firstYear, 1, 1).atStartOfDay(), VietDates.ZONE));
        v.setSummary(observance.name());
        v.setDescription(observance.summary() + "\n\n" + site.absolute(observance.url()));
        v.setUrl(site.absolute(observance.url()));
        v.setDateStart(dateOnly(first.start()));
        v.setDateEnd(dateOnlyEnd(first.end()));
        v.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).build());
        // A day of observance does not make anyone busy.
        v.setTransparency(Transparency.transparent());
        return v;
    }

    private String description(SiteEvent event) {
        EventDetails d = event.details();
        StringBuilder text = new StringBuilder();
        if (event.summary() != null && !event.summary().isBlank()) {
            text.append(event.summary().strip()).append("\n\n");
        }
        if (d.organiser() != null) {
            text.append("Đơn vị tổ chức: ").append(d.organiser()).append('\n');
        }
        if (d.audience() != null) {
            text.append("Dành cho: ").append(d.audience()).append('\n');
        }
        text.append("Chi tiết: ").append(site.absolute(event.url()));
        return text.toString();
    }

    /** biweekly formats DATE values in the JVM's default zone, so midnight is taken in that zone. */
    private static DateStart dateOnly(LocalDate day) {
        return new DateStart(toDate(day.atStartOfDay(), ZoneId.systemDefault()), false);
    }

    /** DTEND of an all-day event is exclusive: the day after the last day. */
    private static DateEnd dateOnlyEnd(LocalDate lastDay) {
        return new DateEnd(toDate(lastDay.plusDays(1).atStartOfDay(), ZoneId.systemDefault()), false);
    }

    private static Date toDate(LocalDateTime time, ZoneId zone) {
        return Date.from(time.atZone(zone).toInstant());
    }

    private static String write(ICalendar ical, boolean allDay) {
        if (!allDay) {
            ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(VietDates.ZONE), vietnam()));
        }
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            // biweekly folds by characters; IcsFolding folds by octets as RFC 5545 requires.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IcsFolding.fold(text.toString());
    }

    private static VTimezone vietnam() {
        VTimezone zone = new VTimezone(VietDates.ZONE.getId());
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1975, 6, 13, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 8, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 7, 0));
        standard.addTimezoneName("+07");
        zone.addStandardTime(standard);
        return zone;
    }

    private static String hostOf(String baseUrl) {
        String host = URI.create(baseUrl + "/").getHost();
        return host == null ? "localhost" : host;
    }
}
