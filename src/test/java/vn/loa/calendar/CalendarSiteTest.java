package vn.loa.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildOptions;
import vn.loa.build.FileParseCache;
import vn.loa.build.RenderMemo;
import vn.loa.build.SiteBuild;
import vn.loa.build.SiteFeatures;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the fixture site with the calendar's "today" pinned, twice, and reads what came out. */
class CalendarSiteTest {
    static final String TODAY = "2026-11-20";
    static final String FESTIVAL = "/su-kien/ngay-hoi-gia-dinh-binh-dang-khong-bao-luc-xa-tan-phu-nam-2026/";
    static final String QUIZ = "/su-kien/cuoc-thi-tim-hieu-phap-luat-ve-binh-dang-gioi-va-phong-chong-bao-luc-gia-dinh/";

    @TempDir
    static Path temp;
    static Path site;
    static Path again;

    @BeforeAll
    static void bakeTwice() throws Exception {
        Path repo = vn.loa.build.TestSites.demoSite(temp.resolve("source"));
        System.setProperty(CalendarClock.PROPERTY, TODAY);
        site = temp.resolve("site");
        again = temp.resolve("again");
        for (Path out : List.of(site, again)) {
            BuildOptions options = BuildOptions.of(repo, out).withChecker(false).withCacheDir(null);
            new SiteBuild(options, SiteFeatures.all(), FileParseCache.inMemory(), RenderMemo.inMemory()).run();
        }
    }

    @AfterAll
    static void unpin() {
        System.clearProperty(CalendarClock.PROPERTY);
    }

    @Test
    void eventPageShowsVietnameseDatesTimePlaceAndCalendarLink() throws Exception {
        Document page = html(FESTIVAL);
        Element facts = page.selectFirst("dl.event-facts");
        assertNotNull(facts);
        String text = facts.text();
        assertTrue(text.contains("Thứ Bảy, 28/11/2026"), text);
        assertTrue(text.contains("07:30 – 11:30"), text);
        assertTrue(text.contains("Sân vận động xã Tân Phú"), text);
        assertTrue(text.contains("Đơn vị tổ chức"), text);
        assertTrue(text.contains("Người dân trong xã"), text);
        assertEquals("2026-11-28", facts.selectFirst("time").attr("datetime"));
        Element add = page.selectFirst("a[href$=su-kien.ics]");
        assertEquals(FESTIVAL + "su-kien.ics", add.attr("href"));
        assertTrue(Files.isRegularFile(site.resolve(FESTIVAL.substring(1) + "su-kien.ics")));
        // The festival falls in the Action Month: the page links to it.
        assertFalse(page.select("a[href='/lich/ngay-ky-niem/thang-hanh-dong-binh-dang-gioi/']").isEmpty());

        assertTrue(html(QUIZ).selectFirst("dl.event-facts").text().contains("15/11 – 10/12/2026"));
    }

    @Test
    void monthIsAnAccessibleTable() throws Exception {
        Document page = html("/lich/2026/11/");
        Element table = page.selectFirst("table.month");
        assertNotNull(table);
        assertTrue(table.selectFirst("caption").text().contains("tháng 11/2026"));
        Elements columns = table.select("thead th[scope=col]");
        assertEquals(8, columns.size());
        List<String> titles = columns.select("abbr").eachAttr("title").subList(1, 8);
        assertEquals(List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"), titles);
        Elements rows = table.select("tbody tr");
        assertEquals(6, rows.size()); // 1/11/2026 is a Sunday, 30/11 a Monday
        for (Element row : rows) {
            assertEquals(1, row.select("th[scope=row]").size());
            assertEquals(7, row.select("td").size());
        }
        assertEquals("1", rows.get(0).select("td").get(6).selectFirst("time").text());
        assertEquals("2026-11-20", table.selectFirst("[aria-current=date]").attr("datetime"));
        assertTrue(table.selectFirst("time[datetime=2026-11-28]").parent().text().contains("Ngày hội"));
        assertEquals("/lich/2026/10/", page.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/lich/2026/12/", page.selectFirst("a[rel=next]").attr("href"));
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(page.select("[style]").isEmpty(), "no inline style attribute");
    }

    @Test
    void agendaListsUpcomingAndPastByYear() throws Exception {
        Document agenda = html("/lich/");
        String upcoming = agenda.selectFirst("[aria-labelledby=sap-dien-ra]").text();
        assertTrue(upcoming.contains("Ngày hội"), upcoming);
        assertTrue(upcoming.contains("Mít tinh"), upcoming);
        assertFalse(upcoming.contains("Họp tổ dân phố"), "June event is past on " + TODAY);
        assertFalse(agenda.select("[aria-labelledby=sap-dien-ra] li[data-loa-end]").isEmpty());
        assertFalse(agenda.select("a[href='/lich/tat-ca.ics']").isEmpty());

        String past = html("/lich/da-qua/2026/").text();
        assertTrue(past.contains("Họp tổ dân phố số 5"), past);
        assertTrue(past.contains("Đối thoại"), past);
        assertFalse(past.contains("Ngày hội"), past);
    }

    @Test
    void homeShowsTheRunningCampaignAndUpcomingEvents() throws Exception {
        Document home = html("/");
        Elements notices = home.select("aside.campaign-notice");
        assertEquals(2, notices.size());
        Element running = home.selectFirst("aside.campaign-notice:not([hidden])");
        assertTrue(running.text().contains("Tháng hành động vì bình đẳng giới"), running.text());
        assertEquals("2026-11-15", running.attr("data-loa-from"));
        assertEquals("2026-12-15", running.attr("data-loa-to"));
        Element june = home.selectFirst("aside.campaign-notice[hidden]");
        assertEquals("2027-06-01", june.attr("data-loa-from"));
        assertEquals(3, home.select("[aria-labelledby=su-kien-sap-toi] li.agenda-item").size());
    }

    @Test
    void everyObservanceHasAnExplanationPage() throws Exception {
        for (String id : List.of("quoc-te-phu-nu", "quoc-te-hanh-phuc", "thang-hanh-dong-phong-chong-bao-luc-gia-dinh",
            "ngay-gia-dinh-viet-nam", "phong-chong-mua-ban-nguoi", "phu-nu-nong-thon", "phu-nu-viet-nam",
            "thang-hanh-dong-binh-dang-gioi", "quoc-te-nam-gioi", "xoa-bo-bao-luc-voi-phu-nu")) {
            Document page = html("/lich/ngay-ky-niem/" + id + "/");
            assertFalse(page.select(".prose p").isEmpty(), id);
            assertEquals(3, page.select("ul.occurrences > li").size(), id + ": one line per year 2025–2027");
        }
        // Observances repeat every configured year on the month pages.
        for (String month : List.of("/lich/2025/03/", "/lich/2026/03/", "/lich/2027/03/")) {
            assertTrue(html(month).selectFirst("#trong-thang").parent().text().contains("Ngày Quốc tế Phụ nữ"), month);
        }
    }

    @Test
    void icsFilesParseWithAnIndependentParserAndFollowRfc5545Lines() throws Exception {
        List<Path> files = icsFiles(site);
        assertTrue(files.size() >= 7 + 1 + 7, "events + all + categories: " + files);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            checkPhysicalLines(file, bytes);
            Calendar calendar = new CalendarBuilder().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            ValidationResult result = calendar.validate();
            assertFalse(result.hasErrors(), file + ": " + result);
        }
    }

    @Test
    void icsEventsCarryStableUidsAndRightDates() throws Exception {
        Calendar all = parse(site.resolve("lich/tat-ca.ics"));
        List<VEvent> vevents = all.getComponents("VEVENT");
        assertEquals(7 + 10, vevents.size());
        VEvent festival = byUid(vevents, "su-kien-ngay-hoi-gia-dinh-binh-dang-khong-bao-luc-xa-tan-phu-2026@binhdanggioi.songlam.gov.vn");
        DtStart<?> start = festival.getStartDate().orElseThrow();
        assertEquals("Asia/Ho_Chi_Minh", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals(LocalDateTime.of(2026, 11, 28, 7, 30), ((ZonedDateTime) start.getDate()).toLocalDateTime());
        assertEquals("20261109T170000Z", festival.getProperty("DTSTAMP").orElseThrow().getValue());
        assertEquals("Ngày hội \"Gia đình bình đẳng, không bạo lực\" xã Tân Phú năm 2026",
            festival.getProperty("SUMMARY").orElseThrow().getValue());

        VEvent quiz = byUid(vevents, uidOf(vevents, "Cuộc thi"));
        assertInstanceOf(LocalDate.class, quiz.getStartDate().orElseThrow().getDate());
        DtEnd<?> end = quiz.getEndDate().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 11), end.getDate(), "DTEND of an all-day event is the day after the last day");

        VEvent actionMonth = byUid(vevents, "ngay-ky-niem-thang-hanh-dong-binh-dang-gioi@binhdanggioi.songlam.gov.vn");
        assertEquals("FREQ=YEARLY", actionMonth.getProperty("RRULE").orElseThrow().getValue());
        assertEquals(LocalDate.of(2025, 11, 15), actionMonth.getStartDate().orElseThrow().getDate());
        assertEquals(LocalDate.of(2025, 12, 16), actionMonth.getEndDate().orElseThrow().getDate());

        // The category feed holds that category only; observances go with "ngày kỷ niệm".
        assertEquals(1, parse(site.resolve("lich/le-hoi-van-hoa.ics")).getComponents("VEVENT").size());
        assertEquals(1 + 10, parse(site.resolve("lich/ngay-ky-niem.ics")).getComponents("VEVENT").size());
    }

    @Test
    void twoBuildsGiveTheSameCalendarBytes() throws Exception {
        Map<String, byte[]> first = calendarOutputs(site);
        Map<String, byte[]> second = calendarOutputs(again);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    private static void checkPhysicalLines(Path file, byte[] bytes) {
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', file + ": bare LF at byte " + i);
                int octets = i - 1 - lineStart;
                assertTrue(octets <= 75, file + ": line of " + octets + " octets at byte " + lineStart);
                lineStart = i + 1;
            } else if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', file + ": bare CR at byte " + i);
            }
        }
        assertEquals(bytes.length, lineStart, file + ": last line must end with CRLF");
        // Folding never cuts a UTF-8 sequence: each physical line decodes and re-encodes unchanged.
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) {
            assertFalse(line.contains("\uFFFD"), file + ": broken character in " + line);
        }
    }

    private static Map<String, byte[]> calendarOutputs(Path root) throws Exception {
        Map<String, byte[]> outputs = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".ics") || path.startsWith("lich/") || path.startsWith("su-kien/") || path.equals("index.html")) {
                    outputs.put(path, Files.readAllBytes(file));
                }
            }
        }
        return outputs;
    }

    private static List<Path> icsFiles(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".ics")).sorted().toList();
        }
    }

    private static Calendar parse(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    }

    private static VEvent byUid(List<VEvent> vevents, String uid) {
        return vevents.stream().filter(v -> uid.equals(v.getProperty("UID").orElseThrow().getValue())).findFirst()
            .orElseThrow(() -> new AssertionError("no event with UID " + uid));
    }

    private static String uidOf(List<VEvent> vevents, String summaryStart) {
        return vevents.stream().filter(v -> v.getProperty("SUMMARY").orElseThrow().getValue().startsWith(summaryStart))
            .findFirst().orElseThrow().getProperty("UID").orElseThrow().getValue();
    }

    private static Document html(String url) throws Exception {
        Path file = site.resolve(url.substring(1)).resolve("index.html");
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
