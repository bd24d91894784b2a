package vn.loa.content;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelatedArticlesTest {
    /**
     * Random sites (articles with 0–4 of a few tags, repeats included, some tagged articles not in the list,
     * as drafts are): each article's related links are the articles sharing most tags with it, newest first
     * on ties. (Until this test, an article's second and third tags were looked up in the wrong tag's list.)
     */
    @Test
    void relatedArticlesShareMostTagsThenAreNewest() {
        Random random = new Random(5);
        for (int site = 0; site < 200; site++) {
            int n = 1 + random.nextInt(site < 150 ? 12 : 300);
            int tagPool = 1 + random.nextInt(8);
            List<DocumentModel> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                DocumentModel doc = new DocumentModel();
                doc.setTitle("Bài " + i);
                doc.put("url", "/bai-viet/" + i + "/");
                int count = random.nextInt(5);
                if (count > 0 || random.nextBoolean()) {
                    String[] tags = new String[count];
                    for (int t = 0; t < count; t++) {
                        tags[t] = "the-" + random.nextInt(tagPool);
                    }
                    doc.setTags(tags);
                }
                all.add(doc);
            }
            List<DocumentModel> published = all.stream().filter(d -> random.nextInt(10) > 0).toList();
            Map<String, List<DocumentModel>> tagLists = new LinkedHashMap<>();
            for (DocumentModel doc : all) {
                for (String tag : doc.getTags() == null ? new String[0] : doc.getTags()) {
                    List<DocumentModel> list = tagLists.computeIfAbsent(tag, k -> new ArrayList<>());
                    if (!list.contains(doc)) {
                        list.add(doc);
                    }
                }
            }
            RelatedArticles.attach(published, tagLists);
            for (DocumentModel article : published) {
                assertEquals(expected(article, published, tagLists), titles(article.get("related")), "site " + site);
            }
        }
    }

    /** Scores every other published article directly. */
    private static List<String> expected(DocumentModel article, List<DocumentModel> published, Map<String, List<DocumentModel>> tagLists) {
        if (article.getTags() == null) {
            return List.of();
        }
        Map<DocumentModel, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < published.size(); i++) {
            rank.put(published.get(i), i);
        }
        Map<DocumentModel, Integer> shared = new IdentityHashMap<>();
        for (String tag : java.util.Arrays.stream(article.getTags()).distinct().toList()) { // a tag counts once
            for (DocumentModel other : tagLists.get(tag)) {
                if (other != article && rank.containsKey(other)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.keySet().stream()
            .sorted(Comparator.comparing((DocumentModel d) -> -shared.get(d)).thenComparing(rank::get))
            .limit(RelatedArticles.LIMIT).map(DocumentModel::getTitle).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Object related) {
        List<String> titles = new ArrayList<>();
        for (Map<String, Object> link : (List<Map<String, Object>>) related) {
            titles.add((String) link.get("title"));
        }
        return titles;
    }
}
