package vn.loa.search;

import org.jbake.model.DocumentModel;
import vn.loa.build.SiteFeature;
import vn.loa.build.SiteModel;
import vn.loa.build.SiteOutput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search: the index files under /tim-kiem/ (see {@link SearchIndex}) and the results page /tim-kiem/,
 * where {@code assets/js/tim-kiem.js} answers the query. The page also works without JavaScript: it
 * says so and lists the topics and the archive by year. The header of every page has a search form
 * that leads there ({@code templates/partials/search-form.ftl}); the 404 page has the search box too.
 *
 * <p>Runs after the features whose pages it indexes (support directory, calendar) and before sharing.
 */
public final class SearchFeature implements SiteFeature {
    static final String PAGE_URL = "/tim-kiem/";
    /** A term part's size limit: a query of four common words stays well inside a phone's 100 KB. */
    static final int TERM_PART_BYTES = 12 * 1024;
    /** Pages per part of the page table: ten results need at most ten small files. */
    static final int ENTRIES_PER_PART = 8;
    /** Topics listed on the page for readers without JavaScript (the most used first). */
    static final int TOPICS_SHOWN = 30;

    @Override
    public void render(SiteModel site, SiteOutput output) {
        long start = System.nanoTime();
        List<SearchEntry> entries = SearchEntries.of(site, output.root());
        SearchIndex index = SearchIndex.build(entries, TERM_PART_BYTES, ENTRIES_PER_PART);
        index.files().forEach(output::text);
        site.context().phase("search index", start);
        output.page(PAGE_URL, "search.ftl", pageVariables(site), null, null);
    }

    private static Map<String, Object> pageVariables(SiteModel site) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Tìm kiếm");
        page.put("description", "Tìm bài viết, sự kiện, infographic, chủ đề và nơi hỗ trợ trên " + site.info().name()
            + ". Gõ có dấu hay không dấu đều được.");
        page.put("url", PAGE_URL);
        page.put("type", "website");
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("page", page);
        vars.put("topTopics", topTopics(site));
        vars.put("topicCount", site.tags().size());
        vars.put("years", years(site));
        return vars;
    }

    private static List<SiteModel.Tag> topTopics(SiteModel site) {
        return site.tags().values().stream()
            .sorted(Comparator.comparingInt(SiteModel.Tag::getCount).reversed().thenComparing(SiteModel.Tag::getSlug))
            .limit(TOPICS_SHOWN)
            .toList();
    }

    /** The archive by year, as templates/partials/years.ftl lists it. */
    private static List<Map<String, Object>> years(SiteModel site) {
        List<Map<String, Object>> years = new ArrayList<>();
        for (Map.Entry<Integer, List<DocumentModel>> year : site.articlesByYear().entrySet()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("year", year.getKey());
            y.put("count", year.getValue().size());
            y.put("url", "/luu-tru/" + year.getKey() + "/");
            years.add(y);
        }
        return years;
    }
}
