package vn.loa.build;

import org.jbake.model.DocumentModel;
import vn.loa.content.ContentType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages every Loa site has: one per document, home, article list, archive by year, tags,
 * Atom feeds, 404, robots.txt and the sitemap.
 */
final class CorePages {
    static final int HOME_LATEST = 8;
    static final int HOME_FEATURED = 3;
    static final int LIST_LATEST = 30;
    static final int FEED_ENTRIES = 20;

    private CorePages() {
    }

    static void renderAll(SiteModel site, SiteOutput out) throws Exception {
        Workers.run(() -> site.documents().parallelStream().forEach(doc -> renderDocument(site, out, doc)));
        renderHome(site, out);
        renderArticleLists(site, out);
        Workers.run(() -> site.tags().values().parallelStream().forEach(tag -> renderTag(site, out, tag)));
        renderTagIndex(site, out);
        out.page("/feed.xml", "feed.ftl", Map.of("entries", latest(site.articles(), FEED_ENTRIES),
            "feedTitle", site.info().name(), "feedUrl", "/feed.xml", "alternateUrl", "/"), null, null);
        out.page("/404.html", "error404.ftl", Map.of("page", meta("Không tìm thấy trang", site.info().description(), "/404.html", "website")), null, null);
    }

    static void renderSitemap(SiteModel site, SiteOutput out) {
        out.page("/sitemap.xml", "sitemap.ftl", Map.of("entries", sitemap(out)), null, null);
        out.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + site.info().absolute("/sitemap.xml") + "\n");
    }

    private static void renderDocument(SiteModel site, SiteOutput out, DocumentModel doc) {
        ContentType type = site.context().types().find(doc.getType()).orElseThrow();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("content", doc);
        Map<String, Object> page = meta(doc.getTitle(), (String) doc.get("summary"), (String) doc.get("url"),
            "post".equals(doc.getType()) ? "article" : "website");
        if (doc.get("cover") != null) {
            page.put("image", doc.get("cover"));
            page.put("imageAlt", doc.get("coverAlt"));
        }
        vars.put("page", page);
        ParsedDocument parsed = site.context().parsed().get(String.valueOf(doc.get("sourcePath")));
        Path source = parsed == null ? null : parsed.file();
        out.page((String) doc.get("url"), type.template(), vars, (String) doc.get("isoDate"), source);
    }

    private static void renderHome(SiteModel site, SiteOutput out) {
        List<DocumentModel> articles = site.articles();
        List<DocumentModel> featured = articles.stream().filter(d -> Boolean.TRUE.equals(d.get("featured"))).limit(HOME_FEATURED).toList();
        List<DocumentModel> latest = articles.stream().filter(d -> !featured.contains(d)).limit(HOME_LATEST).toList();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("featured", featured);
        vars.put("latest", latest);
        vars.put("page", meta(site.info().name(), site.info().description(), "/", "website"));
        out.page("/", "index.ftl", vars, newest(articles), null);
    }

    private static void renderArticleLists(SiteModel site, SiteOutput out) {
        Map<Integer, List<DocumentModel>> byYear = site.articlesByYear();
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((year, docs) -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("year", year);
            y.put("count", docs.size());
            y.put("url", "/luu-tru/" + year + "/");
            years.add(y);
        });
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("articles", latest(site.articles(), LIST_LATEST));
        vars.put("years", years);
        vars.put("total", site.articles().size());
        vars.put("page", meta("Bài viết", "Tất cả bài viết của " + site.info().name() + ", mới nhất trước.", "/bai-viet/", "website"));
        out.page("/bai-viet/", "articles.ftl", vars, newest(site.articles()), null);
        byYear.forEach((year, docs) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("year", year);
            v.put("articles", docs);
            v.put("years", years);
            v.put("page", meta("Bài viết năm " + year, "Các bài viết đăng trong năm " + year + ".", "/luu-tru/" + year + "/", "website"));
            out.page("/luu-tru/" + year + "/", "archive.ftl", v, newest(docs), null);
        });
    }

    private static void renderTag(SiteModel site, SiteOutput out, SiteModel.Tag tag) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("tag", tag);
        vars.put("documents", tag.getDocuments());
        vars.put("page", meta("Chủ đề: " + tag.getName(), "Các bài viết về " + tag.getName() + ".", tag.getUrl(), "website"));
        out.page(tag.getUrl(), "tag.ftl", vars, newest(tag.getDocuments()), null);
        out.page(tag.getUrl() + "feed.xml", "feed.ftl", Map.of("entries", latest(tag.getDocuments(), FEED_ENTRIES),
            "feedTitle", site.info().name() + " – " + tag.getName(), "feedUrl", tag.getUrl() + "feed.xml", "alternateUrl", tag.getUrl()), null, null);
    }

    private static void renderTagIndex(SiteModel site, SiteOutput out) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("tagList", new ArrayList<>(site.tags().values()));
        vars.put("page", meta("Chủ đề", "Các chủ đề của " + site.info().name() + ".", "/chu-de/", "website"));
        out.page("/chu-de/", "tags-index.ftl", vars, newest(site.articles()), null);
    }

    static Map<String, Object> meta(String title, String description, String url, String type) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("description", description == null ? "" : description);
        page.put("url", url);
        page.put("type", type);
        return page;
    }

    private static List<DocumentModel> latest(List<DocumentModel> docs, int n) {
        return docs.subList(0, Math.min(n, docs.size()));
    }

    private static String newest(List<DocumentModel> docs) {
        return docs.isEmpty() ? null : (String) docs.get(0).get("isoDate");
    }

    private static List<Map<String, String>> sitemap(SiteOutput out) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (Map.Entry<String, String> e : out.sitemapEntries()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("url", e.getKey());
            m.put("lastmod", e.getValue());
            entries.add(m);
        }
        return entries;
    }
}
