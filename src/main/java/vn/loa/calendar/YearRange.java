package vn.loa.calendar;

import vn.loa.build.BuildProblems;
import vn.loa.build.SiteModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The years the calendar covers: {@code loa.calendar.from} to {@code loa.calendar.to} in
 * jbake.properties (observances are shown every year in that range, month pages exist for it),
 * widened to include every event and the current year.
 */
record YearRange(int from, int to) {
    static final String FROM_KEY = "loa.calendar.from";
    static final String TO_KEY = "loa.calendar.to";

    static YearRange read(SiteModel site, List<SiteEvent> siteEvents, LocalDate today, BuildProblems problems) {
        Path properties = site.context().root().resolve("jbake.properties");
        Integer from = year(site, FROM_KEY, properties, problems);
        Integer to = year(site, TO_KEY, properties, problems);
        int first = from != null ? from : today.getYear();
        int last = to != null ? to : today.getYear() + 1;
        if (last < first) {
            problems.error(properties, lineOf(properties, TO_KEY), TO_KEY + "=" + last + " đứng trước " + FROM_KEY + "=" + first
                + ". Hãy sửa để năm cuối bằng hoặc sau năm đầu, ví dụ " + TO_KEY + "=" + (first + 2) + ".");
            return new YearRange(first, first);
        }
        first = Math.min(first, today.getYear());
        last = Math.max(last, today.getYear());
        for (SiteEvent event : siteEvents) {
            first = Math.min(first, event.details().start().getYear());
            last = Math.max(last, event.details().end().getYear());
        }
        return new YearRange(first, last);
    }

    private static Integer year(SiteModel site, String key, Path properties, BuildProblems problems) {
        Object value = site.context().config().get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        String text = String.valueOf(value).strip();
        if (!text.matches("\\d{4}")) {
            problems.error(properties, lineOf(properties, key), key + "=" + text + " không phải một năm. Hãy viết năm có "
                + "4 chữ số, ví dụ " + key + "=2026.");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
