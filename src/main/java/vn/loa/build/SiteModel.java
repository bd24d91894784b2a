package vn.loa.build;

import org.jbake.model.DocumentModel;
import vn.loa.content.RelatedArticles;
import vn.loa.text.Slugs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole site as templates and features see it, built once per bake after crawling:
 * documents by type (newest first), tags, years, data files, and globals that features add.
 */
public final class SiteModel {
    private final SiteContext context;
    private final List<DocumentModel> documents;
    private final Map<String, Tag> tags;
    private final Map<String, Object> globals = new LinkedHashMap<>();

    /** A tag with its URL and its documents, newest first (a class with getters: FreeMarker reads those). */
    public static final class Tag {
        private final String name;
        private final String slug;
        private final String url;
        private final List<DocumentModel> documents;

        Tag(String name, String slug, String url, List<DocumentModel> documents) {
            this.name = name;
            this.slug = slug;
            this.url = url;
            this.documents = documents;
        }

        public String getName() {
            return name;
        }

        public String getSlug() {
            return slug;
        }

        public String getUrl() {
            return url;
        }

        public List<DocumentModel> getDocuments() {
            return documents;
        }

        public int getCount() {
            return documents.size();
        }
    }

    public SiteModel(SiteContext context, List<DocumentModel> documentsNewestFirst) {
        this.context = context;
        this.documents = List.copyOf(documentsNewestFirst);
        this.tags = indexTags(documents);
        linkNeighbours(ofType("post"));
        Map<String, List<DocumentModel>> tagLists = new java.util.LinkedHashMap<>();
        tags.forEach((slug, tag) -> tagLists.put(slug, tag.getDocuments()));
        RelatedArticles.attach(ofType("post"), tagLists);
    }

    public SiteContext context() {
        return context;
    }

    public SiteInfo info() {
        return context.info();
    }

    public Map<String, Object> data() {
        return context.data();
    }

    /** Every document (all types), newest first. */
    public List<DocumentModel> documents() {
        return documents;
    }

    public List<DocumentModel> ofType(String type) {
        return documents.stream().filter(d -> type.equals(d.getType())).toList();
    }

    public List<DocumentModel> articles() {
        return ofType("post");
    }

    /** Tags by slug, in slug order. */
    public Map<String, Tag> tags() {
        return tags;
    }

    /** Template variables added by features (e.g. the running campaign, the support directory). */
    public Map<String, Object> globals() {
        return globals;
    }

    /** Articles grouped by year, newest year first. */
    public Map<Integer, List<DocumentModel>> articlesByYear() {
        Map<Integer, List<DocumentModel>> years = new TreeMap<>(Collections.reverseOrder());
        for (DocumentModel article : articles()) {
            years.computeIfAbsent((Integer) article.get("year"), y -> new ArrayList<>()).add(article);
        }
        return years;
    }

    private static Map<String, Tag> indexTags(List<DocumentModel> documents) {
        Map<String, List<DocumentModel>> bySlug = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (DocumentModel document : documents) {
            String[] docTags = document.getTags();
            if (docTags == null) {
                continue;
            }
            for (String tag : docTags) {
                String slug = Slugs.of(tag);
                List<DocumentModel> list = bySlug.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != document) { // "Trẻ em, trẻ em": listed once
                    list.add(document);
                }
                names.putIfAbsent(slug, tag);
            }
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        bySlug.forEach((slug, docs) -> tags.put(slug, new Tag(names.get(slug), slug, "/chu-de/" + slug + "/", List.copyOf(docs))));
        return Collections.unmodifiableMap(tags);
    }

    /** Previous = the next older article, next = the next newer one, from one sorted list. */
    private static void linkNeighbours(List<DocumentModel> newestFirst) {
        for (int i = 0; i < newestFirst.size(); i++) {
            DocumentModel doc = newestFirst.get(i);
            doc.put("olderArticle", i + 1 < newestFirst.size() ? navigation(newestFirst.get(i + 1)) : null);
            doc.put("newerArticle", i > 0 ? navigation(newestFirst.get(i - 1)) : null);
        }
    }

    private static Map<String, Object> navigation(DocumentModel doc) {
        Map<String, Object> nav = new LinkedHashMap<>();
        nav.put("title", doc.getTitle());
        nav.put("url", doc.get("url"));
        return nav;
    }
}
