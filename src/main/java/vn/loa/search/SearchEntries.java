package vn.loa.search;

import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.loa.build.SiteModel;
import vn.loa.content.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What search finds, in id order: pages other features write that people look for by name (the support
 * directory, the observance pages), then the topics, then every published document newest first.
 * Drafts are never in the index, not even in the preview, where they are shown: the index is a file
 * anyone could fetch. Pages about violence are in it: people look for help by searching.
 */
final class SearchEntries {
    /** Folders (site-relative) whose {@code index.html} pages, written by other features, are worth finding. */
    static final List<String> FEATURE_PAGES = List.of("ho-tro/", "lich/ngay-ky-niem/*/");
    static final String TOPIC_KIND = "Chủ đề";
    static final String PAGE_KIND = "Trang";

    private SearchEntries() {
    }

    static List<SearchEntry> of(SiteModel site, Path output) {
        List<SearchEntry> entries = new ArrayList<>(featurePages(output));
        for (SiteModel.Tag tag : site.tags().values()) {
            long published = tag.getDocuments().stream().filter(d -> !isDraft(d)).count();
            if (published > 0) {
                entries.add(new SearchEntry(tag.getUrl(), tag.getName(), published + " trang về chủ đề này", "",
                    TOPIC_KIND, List.of(), ""));
            }
        }
        for (DocumentModel doc : site.documents()) {
            if (!isDraft(doc)) {
                entries.add(document(site, doc));
            }
        }
        return entries;
    }

    static boolean isDraft(DocumentModel doc) {
        return Boolean.TRUE.equals(doc.get("draft")) || "draft".equals(doc.getStatus());
    }

    private static SearchEntry document(SiteModel site, DocumentModel doc) {
        String kind = site.context().types().find(doc.getType()).map(ContentType::label).map(SearchEntries::capitalised)
            .orElse(PAGE_KIND);
        String[] tags = doc.getTags();
        return new SearchEntry((String) doc.get("url"), doc.getTitle(), (String) doc.get("summary"), dateOf(doc), kind,
            tags == null ? List.of() : Arrays.asList(tags), doc.getBody());
    }

    /** An event is dated by when it happens (the calendar's text), everything else by its publication date. */
    private static String dateOf(DocumentModel doc) {
        if (doc.get("eventInfo") instanceof Map<?, ?> event && event.get("dateText") instanceof String when) {
            return when;
        }
        return "page".equals(doc.getType()) ? "" : (String) doc.get("dateText");
    }

    static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static List<SearchEntry> featurePages(Path output) {
        List<SearchEntry> pages = new ArrayList<>();
        for (String pattern : FEATURE_PAGES) {
            for (Path folder : folders(output, pattern)) {
                Path file = folder.resolve("index.html");
                if (Files.isRegularFile(file)) {
                    String url = "/" + output.relativize(folder).toString().replace('\\', '/') + "/";
                    pages.add(renderedPage(url, read(file)));
                }
            }
        }
        return pages;
    }

    /** "a/b/" is that folder; "a/&#42;/" every folder inside a/, in name order. */
    private static List<Path> folders(Path output, String pattern) {
        if (!pattern.endsWith("*/")) {
            return List.of(output.resolve(pattern));
        }
        Path parent = output.resolve(pattern.substring(0, pattern.length() - 2));
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title from the h1, summary from the description, text from the main content without its link lists. */
    static SearchEntry renderedPage(String url, String html) {
        Document page = Jsoup.parse(html);
        Element main = page.selectFirst("main");
        Element h1 = main == null ? null : main.selectFirst("h1");
        String title = h1 != null ? h1.text() : page.title();
        String summary = page.select("meta[name=description]").attr("content");
        String body = "";
        if (main != null) {
            main.select("h1, [data-loa-check=skip], nav, script").remove();
            body = main.html();
        }
        return new SearchEntry(url, title, summary, "", PAGE_KIND, List.of(), body);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
