package vn.loa.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesSameBytes() throws IOException {
        new CorpusGenerator(42, CorpusGenerator.Format.MIX).writeContent(temp.resolve("a"), 60);
        new CorpusGenerator(42, CorpusGenerator.Format.MIX).writeContent(temp.resolve("b"), 60);
        new CorpusGenerator(43, CorpusGenerator.Format.MIX).writeContent(temp.resolve("c"), 60);
        List<Path> a = files(temp.resolve("a/bai-viet"));
        List<Path> b = files(temp.resolve("b/bai-viet"));
        assertEquals(60, a.size());
        assertEquals(names(a), names(b));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
        assertNotEquals(names(a), names(files(temp.resolve("c/bai-viet"))));
    }

    @Test
    void smallerCorpusIsPrefixOfLargerOne() {
        List<Article> small = articles(CorpusGenerator.Format.MIX, 30);
        List<Article> large = articles(CorpusGenerator.Format.MIX, 90);
        assertEquals(small, large.subList(0, 30));
    }

    @Test
    void mixAlternatesAsciiDocAndMarkdownByIndex() {
        List<Article> mix = articles(CorpusGenerator.Format.MIX, 20);
        for (Article a : mix) {
            assertEquals(a.index() % 2 == 0, a.asciidoc());
        }
        assertTrue(articles(CorpusGenerator.Format.ADOC, 5).stream().allMatch(Article::asciidoc));
        assertTrue(articles(CorpusGenerator.Format.MD, 5).stream().noneMatch(Article::asciidoc));
    }

    @Test
    void asciidocHeadersAreValid() {
        Set<String> pool = new HashSet<>(Vocabulary.load().get("tags"));
        for (Article a : articles(CorpusGenerator.Format.ADOC, 40)) {
            List<String> lines = ArticleText.jbake(a).lines().toList();
            assertEquals("= " + a.title(), lines.get(0));
            assertEquals(":jbake-type: post", lines.get(1));
            assertEquals(":jbake-status: published", lines.get(2));
            assertTrue(lines.get(3).matches(":jbake-date: " + DATE), lines.get(3));
            assertTrue(lines.get(4).startsWith(":jbake-tags: "));
            assertTags(lines.get(4).substring(":jbake-tags: ".length()), pool);
            assertEquals("", lines.get(5));
        }
    }

    @Test
    void markdownHeadersAreValid() {
        Set<String> pool = new HashSet<>(Vocabulary.load().get("tags"));
        for (Article a : articles(CorpusGenerator.Format.MD, 40)) {
            List<String> lines = ArticleText.jbake(a).lines().toList();
            assertEquals("title=" + a.title(), lines.get(0));
            assertTrue(lines.get(1).matches("date=" + DATE), lines.get(1));
            assertEquals("type=post", lines.get(2));
            assertEquals("status=published", lines.get(3));
            assertTrue(lines.get(4).startsWith("tags="));
            assertTags(lines.get(4).substring("tags=".length()), pool);
            assertEquals("~~~~~~", lines.get(5));
            assertTrue(ArticleText.hugoMarkdown(a).startsWith("---\ntitle: \"" + a.title() + "\"\n"));
        }
    }

    @Test
    void articlesAreUniqueNfcVietnameseOfAboutSixHundredWords() {
        Set<String> titles = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (Article a : articles(CorpusGenerator.Format.MIX, 300)) {
            String text = ArticleText.jbake(a);
            assertTrue(titles.add(a.title()), "duplicate title " + a.title());
            assertTrue(files.add(a.fileName()), "duplicate file " + a.fileName());
            assertTrue(a.fileName().matches("[a-z0-9-]+\\.(adoc|md)"), a.fileName());
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
            assertTrue(text.contains("ư") || text.contains("ơ") || text.contains("đ"));
            int words = CorpusGenerator.wordCount(text);
            assertTrue(words > 500 && words < 800, a.fileName() + " has " + words + " words");
            assertTrue(a.blocks().stream().anyMatch(b -> b instanceof Article.Heading));
            assertTrue(a.blocks().stream().anyMatch(b -> b instanceof Article.Bullets));
        }
    }

    @Test
    void realisticCorpusUsesTheMarkupAtTheMixRates() {
        CorpusMix mix = CorpusMix.of(Path.of("content"));
        List<Article> list = new ArrayList<>();
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, CorpusGenerator.Format.MIX, mix).generate(400, list::add);
        MarkupMix adoc = new MarkupMix();
        MarkupMix md = new MarkupMix();
        int keyValue = 0;
        for (Article a : list) {
            String text = ArticleText.jbake(a);
            (a.asciidoc() ? adoc : md).add(text, a.asciidoc());
            keyValue += a.keyValueHeader() ? 1 : 0;
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        }
        for (MarkupMix.Feature feature : CorpusMix.GENERATED) {
            for (boolean asciidoc : new boolean[] {true, false}) {
                double wanted = mix.rate(feature, asciidoc);
                double measured = (asciidoc ? adoc : md).per1000Words(feature);
                // Measured on the generated text by the same counter that measured the demo.
                assertTrue(Math.abs(measured - wanted) <= 0.35 * wanted + 0.2,
                    feature + (asciidoc ? " adoc" : " md") + ": wanted " + wanted + ", measured " + measured);
            }
        }
        assertTrue(keyValue > 40 && keyValue < 100, "key=value AsciiDoc headers: " + keyValue + " of 200");
        assertEquals(list.subList(0, 50), articles(CorpusGenerator.Format.MIX, 50, mix));
    }

    @Test
    void markupMixCountsWhatOfficersWrite() {
        MarkupMix adoc = new MarkupMix();
        adoc.add("= T\n:jbake-type: post\n\nMột *đậm* và _nghiêng_, link:/ho-tro/[hỗ trợ].footnote:[chú thích]\n\n"
            + "* a\n** b\n\nimage::/images/x.svg[\"Ảnh\"]\n\nNOTE: lưu ý\n\n[quote, Ai đó]\n____\nCâu\n____\n\n"
            + "|===\n|A |B\n\n|1\n|2\n\n|3\n|4\n|===\n", true);
        MarkupMix md = new MarkupMix();
        md.add("title=T\n~~~~~~\n\nMột **đậm** và _nghiêng_, [hỗ trợ](/ho-tro/).\n\n- a\n  - b\n\n![Ảnh](/images/x.svg)\n\n"
            + "> Câu\n\n| A | B |\n|---|---|\n| 1 | 2 |\n", false);
        for (MarkupMix mix : List.of(adoc, md)) {
            for (MarkupMix.Feature f : List.of(MarkupMix.Feature.BOLD, MarkupMix.Feature.ITALIC, MarkupMix.Feature.LINK,
                MarkupMix.Feature.NESTED_LIST_ITEM, MarkupMix.Feature.IMAGE, MarkupMix.Feature.QUOTE, MarkupMix.Feature.TABLE)) {
                assertTrue(mix.per1000Words(f) > 0, f + " not counted");
            }
        }
        assertEquals(adoc.per1000Words(MarkupMix.Feature.BOLD), adoc.per1000Words(MarkupMix.Feature.FOOTNOTE));
        assertEquals(3 * adoc.per1000Words(MarkupMix.Feature.TABLE), adoc.per1000Words(MarkupMix.Feature.TABLE_ROW));
        assertEquals(0, adoc.keyValueHeaderShare());
        assertEquals(1, md.keyValueHeaderShare());
    }

    @Test
    void slugsAreAscii() {
        assertEquals("dung-ten-chung-tren-so-do-o-xa-duc-pho-nhin-tu-co-so",
                CorpusGenerator.asciiSlug("Đứng tên chung trên sổ đỏ ở xã Đức Phổ: nhìn từ cơ sở"));
    }

    private static void assertTags(String value, Set<String> pool) {
        String[] tags = value.split(", ");
        assertTrue(tags.length >= 2 && tags.length <= 4, value);
        assertEquals(tags.length, Set.of(tags).size(), value);
        for (String tag : tags) {
            assertTrue(pool.contains(tag), tag);
        }
    }

    private static List<Article> articles(CorpusGenerator.Format format, int n) {
        return articles(format, n, null);
    }

    private static List<Article> articles(CorpusGenerator.Format format, int n, CorpusMix mix) {
        List<Article> list = new ArrayList<>();
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, format, mix).generate(n, list::add);
        return list;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }
}
