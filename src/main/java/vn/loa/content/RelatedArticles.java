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
     * @param tagLists the article list of every tag by the tag's slug, each newest first (a tag written
     *                 "Bình đẳng" or "bình đẳng" is one tag)
     */
    public static void attach(List<DocumentModel> articlesNewestFirst, Map<String, List<DocumentModel>> tagLists) {
        Map<DocumentModel, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < articlesNewestFirst.size(); i++) {
            rank.put(articlesNewestFirst.get(i), i);
        }
        // Each tag's articles as ranks (positions in the newest-first list), articles outside it left out.
        Map<String, int[]> byTag = new HashMap<>();
        tagLists.forEach((slug, list) -> byTag.put(slug,
            list.stream().filter(rank::containsKey).mapToInt(rank::get).distinct().toArray()));
        int n = articlesNewestFirst.size();
        ThreadLocal<int[]> counts = ThreadLocal.withInitial(() -> new int[n]);
        // Each article's list depends only on the shared, read-only indexes above: computed on all cores.
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            DocumentModel article = articlesNewestFirst.get(i);
            article.put("related", links(articlesNewestFirst, related(i, slugs(article.getTags()), byTag, counts.get())));
        });
    }

    /**
     * The ranks of the best few articles sharing tags with the article at rank {@code self}: most shared tags,
     * then newest. Shared tags are counted in an array indexed by rank (all zero again on return), not a map:
     * on a 5,000-article site this runs millions of times per bake.
     */
    private static List<Integer> related(int self, String[] tagSlugs, Map<String, int[]> byTag, int[] shared) {
        if (tagSlugs == null) {
            return List.of();
        }
        int[] touched = new int[16];
        int touchedCount = 0;
        for (String tag : tagSlugs) {
            for (int other : byTag.getOrDefault(tag, NONE)) {
                if (other != self && shared[other]++ == 0) {
                    if (touchedCount == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = other;
                }
            }
        }
        // Keep the best few in one pass: sorting every candidate of every article cost more than the rest.
        List<Integer> best = new ArrayList<>(LIMIT + 1);
        for (int t = 0; t < touchedCount; t++) {
            int candidate = touched[t];
            if (best.size() == LIMIT && !better(candidate, best.get(LIMIT - 1), shared)) {
                continue;
            }
            int at = 0;
            while (at < best.size() && !better(candidate, best.get(at), shared)) {
                at++;
            }
            best.add(at, candidate);
            if (best.size() > LIMIT) {
                best.remove(LIMIT);
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            shared[touched[t]] = 0;
        }
        return best;
    }

    private static final int[] NONE = new int[0];

    /** The article's tags as the distinct slugs its tag pages have. */
    private static String[] slugs(String[] tags) {
        return tags == null ? null : java.util.Arrays.stream(tags).map(vn.loa.text.Slugs::of).distinct().toArray(String[]::new);
    }

    /** More shared tags, or as many and newer (a lower rank). */
    private static boolean better(int a, int b, int[] shared) {
        return shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
    }

    private static List<Map<String, Object>> links(List<DocumentModel> articles, List<Integer> ranks) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (int r : ranks) {
            DocumentModel doc = articles.get(r);
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
