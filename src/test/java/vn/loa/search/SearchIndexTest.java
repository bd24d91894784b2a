package vn.loa.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index files: parts that stay small, terms where the script looks for them, a page table by id. */
class SearchIndexTest {
    private static final String[] WORDS = ("bạo lực gia đình bình đẳng giới phụ nữ trẻ em tảo hôn hòa giải hỗ trợ "
        + "đường dây nóng nhà tạm lánh xã thôn bản cán bộ truyền thông luật sĩ quý").split(" ");

    private static List<SearchEntry> entries(int n, long seed) {
        Random random = new Random(seed);
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder("<p>");
            for (int w = 0; w < 200; w++) {
                body.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? " từ" + random.nextInt(3000) + " " : " ");
            }
            entries.add(new SearchEntry("/bai-viet/bai-" + i + "/", "Bài " + i + " về " + WORDS[i % WORDS.length],
                "Tóm tắt " + WORDS[(i * 7) % WORDS.length], "01/01/2026", "Bài viết", List.of(), body + "</p>"));
        }
        return entries;
    }

    @Test
    void partsStayUnderTheLimitUnlessOneTermAloneIsLarger() {
        int limit = 2_000;
        SearchIndex index = SearchIndex.build(entries(400, 1), limit, 8);
        IndexFiles files = IndexFiles.of(index);
        assertTrue(index.termParts() > 10, "a 400-page index is split: " + index.termParts());
        for (int part = 0; part < index.termParts(); part++) {
            String text = index.files().get(SearchIndex.partPath(index.version(), "t", part));
            Map<String, String> terms = files.termPart(part);
            assertTrue(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= limit || terms.size() == 1,
                "part " + part + " is " + text.length() + " B with " + terms.size() + " terms");
        }
    }

    @Test
    void everyTermIsInThePartTheManifestPointsTo() {
        SearchIndex index = SearchIndex.build(entries(300, 2), 1_500, 8);
        IndexFiles files = IndexFiles.of(index);
        List<String> first = files.firstTerms();
        assertEquals(first.stream().sorted().toList(), first, "first terms sorted as the script compares them");
        int seen = 0;
        for (int part = 0; part < index.termParts(); part++) {
            for (String term : files.termPart(part).keySet()) {
                assertEquals(part, files.partOf(term), term);
                seen++;
            }
        }
        assertTrue(seen > 100, "terms: " + seen);
        assertTrue(files.pagesWith("khong-co").isEmpty());
    }

    @Test
    void thePageTableHoldsWhatAResultShowsInIdOrder() {
        List<SearchEntry> entries = entries(50, 3);
        SearchIndex index = SearchIndex.build(entries, 4_000, 8);
        IndexFiles files = IndexFiles.of(index);
        assertEquals(50, files.entries());
        assertEquals(7, index.entryParts(), "50 pages, 8 a part");
        for (int id : new int[] {0, 7, 8, 49}) {
            assertEquals(List.of(entries.get(id).url(), entries.get(id).title(), entries.get(id).summary(), "01/01/2026", "Bài viết"),
                files.row(id));
        }
        int titled = files.pagesWith("tao").entrySet().stream().filter(e -> (e.getValue() & TermWeights.TITLE) != 0)
            .findFirst().orElseThrow().getKey();
        assertTrue(entries.get(titled).title().contains("tảo"), entries.get(titled).title());
    }

    @Test
    void theVersionFollowsTheContent() {
        String one = SearchIndex.build(entries(20, 4), 4_000, 8).version();
        assertEquals(one, SearchIndex.build(entries(20, 4), 4_000, 8).version(), "same pages, same version");
        assertNotEquals(one, SearchIndex.build(entries(20, 5), 4_000, 8).version());
    }

    @Test
    void longSummariesAreCutAtASpace() {
        String summary = "Một câu rất dài ".repeat(30);
        String cut = SearchIndex.shorten(summary);
        assertTrue(cut.length() <= SearchIndex.SUMMARY_CHARS + 1 && cut.endsWith("…"), cut);
        assertTrue(summary.startsWith(cut.substring(0, cut.length() - 1) + " "), "cut between words: " + cut);
        assertEquals("Ngắn.", SearchIndex.shorten(" Ngắn. "));
    }
}
