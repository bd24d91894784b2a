package vn.loa.browser;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Add to calendar" links, followed from the page itself: each .ics answers as text/calendar (so a phone
 * offers its calendar app) with an iCalendar body, from the site's own host.
 */
class CalendarFileBrowserTest {
    @RegisterExtension
    static final BrowserSession WEB = BrowserSession.withJavaScript();

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PageType.class, names = {"CALENDAR_AGENDA", "EVENT"})
    void icsLinksAnswerAsTextCalendar(PageType type) {
        WEB.open(type.pathIn(WEB.site().root()));
        List<Map<String, Object>> answers = WEB.browser().jsAsync("""
            var done = arguments[arguments.length - 1];
            var links = Array.from(document.querySelectorAll('a[href$=".ics"]')).slice(0, 5);
            Promise.all(links.map(function (a) {
              return fetch(a.href).then(function (r) {
                return r.text().then(function (body) {
                  return {href: a.href, origin: new URL(a.href).origin === location.origin, status: r.status,
                          type: r.headers.get('content-type') || '', start: body.slice(0, 15)};
                });
              });
            })).then(done, function (e) { done([{href: 'fetch failed: ' + e, origin: false, status: 0, type: '', start: ''}]); });
            """);
        assertFalse(answers.isEmpty(), type.id() + ": no .ics link on the page");
        for (Map<String, Object> a : answers) {
            String what = type.id() + " " + a.get("href") + " answered " + a;
            assertTrue(Boolean.TRUE.equals(a.get("origin")), what + ": .ics must come from the site itself");
            assertTrue(((Number) a.get("status")).intValue() == 200, what);
            assertTrue(String.valueOf(a.get("type")).startsWith("text/calendar"), what);
            assertTrue(String.valueOf(a.get("start")).startsWith("BEGIN:VCALENDAR"), what);
        }
    }
}
