package vn.loa.content;

import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Bài liên quan": the articles sharing most tags with this one, newer first on ties. Candidates come
 * only from the article's own tag lists, so the cost grows with tag sizes, not with the site squared.
 */
public final class RelatedArticles {
    public static final int LIMIT = 3;

    private RelatedArticles() {
    }

    /**
     * @param articlesNewestFirst every published article, newest first
     * @param tagLists the article lists of every tag, each newest first
     */
    public static void attach(List<DocumentModel> articlesNewestFirst, List<List<DocumentModel>> tagLists) {
        Map<DocumentModel, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < articlesNewestFirst.size(); i++) {
            rank.put(articlesNewestFirst.get(i), i);
        }
        Map<String, List<DocumentModel>> byTag = new HashMap<>();
        for (List<DocumentModel> list : tagLists) {
            for (DocumentModel doc : list) {
                String[] tags = doc.getTags();
                if (tags == null) {
                    continue;
                }
                for (String tag : tags) {
                    byTag.putIfAbsent(tag, list);
                }
            }
        }
        // Each article's list depends only on the shared, read-only indexes above: computed on all cores.
        articlesNewestFirst.parallelStream().forEach(article -> article.put("related", related(article, byTag, rank)));
    }

    private static List<Map<String, Object>> related(DocumentModel article, Map<String, List<DocumentModel>> byTag,
                                                     Map<DocumentModel, Integer> rank) {
        Map<DocumentModel, Integer> shared = new IdentityHashMap<>();
        String[] tags = article.getTags();
        if (tags == null) {
            return List.of();
        }
        for (String tag : tags) {
            for (DocumentModel other : byTag.getOrDefault(tag, List.of())) {
                if (other != article && rank.containsKey(other)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        // Keep the best few in one pass (most shared tags, then newest): sorting every candidate of every
        // article made this quadratic-looking on large sites.
        java.util.Comparator<DocumentModel> better = (a, b) -> {
            int byShared = Integer.compare(shared.get(b), shared.get(a));
            return byShared != 0 ? byShared : Integer.compare(rank.get(a), rank.get(b));
        };
        List<DocumentModel> best = new ArrayList<>(LIMIT + 1);
        for (DocumentModel candidate : shared.keySet()) {
            if (best.size() == LIMIT && better.compare(candidate, best.get(LIMIT - 1)) >= 0) {
                continue;
            }
            int at = 0;
            while (at < best.size() && better.compare(best.get(at), candidate) <= 0) {
                at++;
            }
            best.add(at, candidate);
            if (best.size() > LIMIT) {
                best.remove(LIMIT);
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (DocumentModel doc : best) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("title", doc.getTitle());
            link.put("url", doc.get("url"));
            link.put("dateText", doc.get("dateText"));
            link.put("isoDate", doc.get("isoDate"));
            result.add(link);
        }
        return result;
    }
}
