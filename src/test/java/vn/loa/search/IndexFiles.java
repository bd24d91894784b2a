package vn.loa.search;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The search index read the way the page script reads it (manifest, binary search for a term's part,
 * page table by id), from a baked site or from {@link SearchIndex#files()}: tests look pages up with it.
 */
final class IndexFiles {
    private static final Json JSON = new Json();

    private final Function<String, String> files;
    private final Map<String, Object> manifest;

    /** @param files site-relative path ("tim-kiem/chi-muc.json") to content, or null when there is no such file */
    @SuppressWarnings("unchecked")
    IndexFiles(Function<String, String> files) {
        this.files = files;
        this.manifest = JSON.toType(files.apply(SearchIndex.MANIFEST), Map.class);
    }

    static IndexFiles of(SearchIndex index) {
        return new IndexFiles(index.files()::get);
    }

    static IndexFiles inSite(Path site) {
        return new IndexFiles(path -> {
            try {
                Path file = site.resolve(path);
                return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Map<String, Object> manifest() {
        return manifest;
    }

    @SuppressWarnings("unchecked")
    List<String> firstTerms() {
        return (List<String>) manifest.get("t");
    }

    int entries() {
        return ((Number) manifest.get("n")).intValue();
    }

    /** The part the script fetches for a term: the last whose first term is not after it. */
    int partOf(String term) {
        List<String> first = firstTerms();
        int part = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).compareTo(term) <= 0) {
                part = i;
            }
        }
        return part;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> termPart(int part) {
        String text = files.apply(SearchIndex.partPath((String) manifest.get("v"), "t", part));
        return text == null ? null : JSON.toType(text, Map.class);
    }

    /** Page id to weight for a term (empty when no page has it). */
    Map<Integer, Integer> pagesWith(String term) {
        String postings = termPart(partOf(term)).get(term);
        Map<Integer, Integer> pages = new LinkedHashMap<>();
        if (postings != null) {
            int[] decoded = PostingCodec.decode(postings);
            for (int i = 0; i < decoded.length; i += 2) {
                pages.put(decoded[i], decoded[i + 1]);
            }
        }
        return pages;
    }

    /** The page table row of an id: URL, title, summary, date, kind. */
    @SuppressWarnings("unchecked")
    List<Object> row(int id) {
        int per = ((Number) manifest.get("per")).intValue();
        List<List<Object>> rows = JSON.toType(files.apply(SearchIndex.partPath((String) manifest.get("v"), "d", id / per)), List.class);
        List<Object> row = new ArrayList<>(rows.get(id % per));
        row.set(4, ((List<String>) manifest.get("k")).get(((Number) row.get(4)).intValue()));
        return row;
    }

    /** URLs of the pages that have every term of the query, in id order. */
    List<String> urlsWithAll(String query) {
        List<Integer> ids = null;
        for (String term : SearchTerms.of(query)) {
            List<Integer> with = new ArrayList<>(pagesWith(term).keySet());
            if (ids == null) {
                ids = with;
            } else {
                ids.retainAll(with);
            }
        }
        return ids == null ? List.of() : ids.stream().map(id -> (String) row(id).get(0)).toList();
    }
}
