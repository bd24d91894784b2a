package vn.loa.search;

import vn.loa.build.Fingerprints;
import vn.loa.build.Workers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index as the files a phone downloads, split so that one query fetches only a few small ones:
 * <ul>
 *   <li>{@code tim-kiem/chi-muc.json}, the manifest: index version, number of pages, pages per table part,
 *   the kinds of page, and the first term of each term part (sorted, so the script finds a term's part by
 *   binary search);</li>
 *   <li>{@code tim-kiem/<version>/t<i>.json}: consecutive terms (in sorted order) with their
 *   {@linkplain PostingCodec encoded} pages, each part at most {@code termPartBytes} unless one term alone is larger;</li>
 *   <li>{@code tim-kiem/<version>/d<j>.json}: the page table, {@code entriesPerPart} pages a part
 *   (URL, title, summary, date, kind): only the parts holding the results shown are fetched.</li>
 * </ul>
 * Page ids follow the order of the entries given (the feature passes support pages and topics first,
 * then documents newest first), which is also the order of equally ranked results. The parts live in a
 * folder named after their content, so a manifest and the parts it names always belong together.
 */
final class SearchIndex {
    static final String FOLDER = "tim-kiem/";
    static final String MANIFEST = FOLDER + "chi-muc.json";
    /** A summary longer than this is cut at a space in the page table. */
    static final int SUMMARY_CHARS = 200;

    private final String version;
    private final Map<String, String> files;
    private final int termParts;
    private final int entryParts;

    private SearchIndex(String version, Map<String, String> files, int termParts, int entryParts) {
        this.version = version;
        this.files = files;
        this.termParts = termParts;
        this.entryParts = entryParts;
    }

    /** A term's pages while they are collected, in ascending id order. */
    private static final class TermPages {
        int[] ids = new int[4];
        int[] weights = new int[4];
        int count;

        void add(int id, int weight) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                weights = Arrays.copyOf(weights, count * 2);
            }
            ids[count] = id;
            weights[count++] = weight;
        }
    }

    static SearchIndex build(List<SearchEntry> entries, int termPartBytes, int entriesPerPart) {
        List<TermWeights.Page> pages = Workers.run(() -> entries.parallelStream().map(TermWeights::of).toList());
        Map<String, TermPages> byTerm = new HashMap<>();
        for (int id = 0; id < pages.size(); id++) {
            TermWeights.Page page = pages.get(id);
            for (int i = 0; i < page.terms().length; i++) {
                byTerm.computeIfAbsent(page.terms()[i], t -> new TermPages()).add(id, page.weights()[i]);
            }
        }
        TreeMap<String, TermPages> terms = new TreeMap<>(byTerm);
        List<String> termFiles = new ArrayList<>();
        List<String> firstTerms = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (Map.Entry<String, TermPages> term : terms.entrySet()) {
            TermPages found = term.getValue();
            String member = "\"" + term.getKey() + "\":\"" + PostingCodec.encode(found.ids, found.weights, found.count) + "\"";
            if (part.length() > 0 && part.length() + 1 + member.length() + 1 > termPartBytes) {
                termFiles.add(part.append('}').toString());
                part.setLength(0);
            }
            if (part.length() == 0) {
                firstTerms.add(term.getKey());
                part.append('{');
            } else {
                part.append(',');
            }
            part.append(member); // terms are [a-z0-9]: nothing to escape
        }
        if (part.length() > 0) {
            termFiles.add(part.append('}').toString());
        }

        List<String> kinds = new ArrayList<>();
        List<String> entryFiles = new ArrayList<>();
        for (int start = 0; start < entries.size(); start += entriesPerPart) {
            List<Object> rows = new ArrayList<>();
            for (SearchEntry e : entries.subList(start, Math.min(entries.size(), start + entriesPerPart))) {
                if (!kinds.contains(e.kind())) {
                    kinds.add(e.kind());
                }
                rows.add(List.of(e.url(), e.title(), shorten(e.summary()), e.date(), kinds.indexOf(e.kind())));
            }
            entryFiles.add(CompactJson.write(rows));
        }

        String version = Fingerprints.of(termFiles, entryFiles).substring(0, 10);
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", version);
        manifest.put("n", entries.size());
        manifest.put("per", entriesPerPart);
        manifest.put("k", kinds);
        manifest.put("t", firstTerms);
        files.put(MANIFEST, CompactJson.write(manifest) + "\n");
        for (int i = 0; i < termFiles.size(); i++) {
            files.put(partPath(version, "t", i), termFiles.get(i));
        }
        for (int i = 0; i < entryFiles.size(); i++) {
            files.put(partPath(version, "d", i), entryFiles.get(i));
        }
        return new SearchIndex(version, files, termFiles.size(), entryFiles.size());
    }

    static String partPath(String version, String kind, int index) {
        return FOLDER + version + "/" + kind + index + ".json";
    }

    /** Cut at the last space before the limit, with an ellipsis: the table holds what a result shows. */
    static String shorten(String summary) {
        String s = summary.strip();
        if (s.length() <= SUMMARY_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', SUMMARY_CHARS);
        return s.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).stripTrailing() + "…";
    }

    String version() {
        return version;
    }

    /** Site-relative path (no leading slash) to file content, manifest first. */
    Map<String, String> files() {
        return files;
    }

    int termParts() {
        return termParts;
    }

    int entryParts() {
        return entryParts;
    }
}
