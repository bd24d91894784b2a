package vn.loa.content;

import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import vn.loa.text.RegexSpace;
import vn.loa.text.Slugs;
import vn.loa.text.VietDates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts on each parsed document what templates and features need, computed once: the URL, dates
 * written the Vietnamese way, reading time, tag links and a summary. Keys are camelCase so
 * FreeMarker reads them as {@code content.dateText}.
 */
public final class DocumentFacts {
    /** Reading speed for Vietnamese prose on a phone, in syllables (words) per minute. */
    private static final int WORDS_PER_MINUTE = 200;
    private static final int SUMMARY_WORDS = 40;

    private DocumentFacts() {
    }

    /** Brings every text value JBake produced to NFC (JBake reads the file as it is on disk). */
    public static void normalise(DocumentModel model) {
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof String s && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                entry.setValue(Normalizer.normalize(s, Normalizer.Form.NFC));
            }
        }
    }

    /**
     * Tidies the converted body once, at parse time (the result is cached): drops inline {@code style}
     * attributes (AsciiDoc writes column widths that way, and the pages' Content-Security-Policy refuses
     * inline styles), turns Markdown's obsolete table-cell {@code align} attributes into the classes AsciiDoc
     * uses for the same thing, fits the headings under the page title without skipped levels, gives local
     * images their size and lazy loading, and measures the text.
     *
     * @param localFile resolves a site path such as /images/x.svg to its file, or null
     */
    public static void tidyBody(DocumentModel model, java.util.function.Function<String, java.nio.file.Path> localFile,
                                String basePath) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(model.getBody() == null ? "" : model.getBody());
        doc.outputSettings().prettyPrint(false);
        doc.select("[style]").removeAttr("style");
        if (!basePath.isEmpty()) {
            // Officers write site paths (/images/x.svg, /ho-tro/); under a sub-path deployment
            // (a GitHub Pages project site) they must carry the prefix, as template links do.
            for (org.jsoup.nodes.Element el : doc.select("[href^=/], [src^=/]")) {
                for (String attr : new String[] {"href", "src"}) {
                    String v = el.attr(attr);
                    if (v.startsWith("/") && !v.startsWith("//") && !v.startsWith(basePath + "/")) {
                        el.attr(attr, basePath + v);
                    }
                }
            }
        }
        for (org.jsoup.nodes.Element cell : doc.select("th[align], td[align]")) {
            cell.addClass("halign-" + cell.attr("align").toLowerCase(java.util.Locale.ROOT)).removeAttr("align");
        }
        HeadingLevels.fit(doc.body());
        VideoLinks.decorate(doc.body());
        for (org.jsoup.nodes.Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            String local = !basePath.isEmpty() && src.startsWith(basePath + "/") ? src.substring(basePath.length()) : src;
            if (local.startsWith("/") && !img.hasAttr("width")) {
                int[] size = ImageSizes.of(localFile.apply(local));
                if (size != null) {
                    img.attr("width", String.valueOf(size[0]));
                    img.attr("height", String.valueOf(size[1]));
                }
            }
            img.attr("loading", "lazy");
            img.attr("decoding", "async");
        }
        model.setBody(doc.body().html());
        measureText(model, doc.body().text());
    }

    /**
     * {@link #tidyBody} for a body {@link vn.loa.content.plain.PlainAsciidoc} converted without images or
     * site-path links ({@code Converted.quickTidy}): it has no inline style, image, table, site path or skipped
     * heading level, so the jsoup pass would give it back unchanged (PlainAsciidocTest and
     * PlainAsciidocDifferentialTest compare both on every such document); only its text is measured.
     */
    public static void tidyPlainBody(DocumentModel model) {
        measureText(model, vn.loa.content.plain.PlainAsciidoc.visibleText(model.getBody()));
    }

    /**
     * Word count, reading time and a summary of the first words. Words are what {@code strip().split("\s+")}
     * gives, counted in one pass: the regular expression cost more than the rest of the tidy together.
     */
    static void measureText(DocumentModel model, String text) {
        String s = text.strip();
        StringBuilder summary = new StringBuilder();
        int words = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && !RegexSpace.is(s.charAt(i))) {
                i++;
            }
            words++;
            if (words <= SUMMARY_WORDS) {
                summary.append(words == 1 ? "" : " ").append(s, start, i);
            }
            while (i < s.length() && RegexSpace.is(s.charAt(i))) {
                i++;
            }
        }
        model.put("wordCount", words);
        model.put("readingMinutes", Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
        if (words > SUMMARY_WORDS) {
            summary.append('…');
        }
        model.put("bodySummary", summary.toString());
    }

    /** The cover's intrinsic size, for width/height attributes. */
    public static void coverSize(DocumentModel model, java.nio.file.Path coverFile) {
        int[] size = ImageSizes.of(coverFile);
        if (size != null) {
            model.put("coverWidth", size[0]);
            model.put("coverHeight", size[1]);
        }
    }

    /**
     * Header facts: the checked header wins over what JBake guessed (JBake dates a file by its
     * modification time when it cannot read the date; Loa has already refused such a file).
     *
     * @param section URL section of the type ("bai-viet"), empty for top-level pages
     */
    public static void apply(DocumentModel model, CommonHeader header, String section, String sourcePath) {
        model.setTitle(header.title());
        model.setType(header.type());
        model.setStatus(header.draft() ? "draft" : "published");
        Date date = Date.from(header.date().atStartOfDay(VietDates.ZONE).toInstant());
        model.setDate(date);
        model.setTags(header.tags().toArray(new String[0]));

        String slug = header.slug() != null ? header.slug() : Slugs.of(header.title());
        String url = section.isEmpty() ? "/" + slug + "/" : "/" + section + "/" + slug + "/";
        model.put("slug", slug);
        model.put("url", url);
        model.setUri(url.substring(1) + "index.html");
        model.setNoExtensionUri(url.substring(1));
        model.put("sourcePath", sourcePath);

        model.put("isoDate", header.date().toString());
        model.put("dateText", VietDates.numeric(header.date()));
        model.put("year", header.date().getYear());
        model.put("unit", header.unit());
        put(model, "author", header.author());
        model.put("summary", header.summary() != null ? header.summary() : model.getOrDefault("bodySummary", ""));
        put(model, "cover", header.cover());
        put(model, "coverAlt", header.coverAlt());
        model.put("featured", header.featured());
        model.put("draft", header.draft());
        model.put("tagLinks", tagLinks(header.tags()));
    }

    public static List<Map<String, String>> tagLinks(List<String> tags) {
        List<Map<String, String>> links = new ArrayList<>();
        for (String tag : tags) {
            Map<String, String> link = new LinkedHashMap<>();
            link.put("name", tag);
            link.put("slug", Slugs.of(tag));
            link.put("url", "/chu-de/" + Slugs.of(tag) + "/");
            links.add(link);
        }
        return links;
    }

    private static void put(DocumentModel model, String key, String value) {
        if (value == null) {
            model.remove(key);
        } else {
            model.put(key, value);
        }
    }
}
