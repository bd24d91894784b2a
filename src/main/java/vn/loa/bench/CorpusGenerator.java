package vn.loa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Deterministic corpus of Vietnamese articles (about 600 words each) for the benchmark: plain prose
 * (paragraphs, headings, one-level lists), or with the markup officers use at a {@link CorpusMix}'s rates.
 * The same seed, format, mix and count always give the same articles, and a smaller corpus is
 * a prefix of a larger one.
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 20_240_308L;
    private static final LocalDate FIRST_DATE = LocalDate.of(2019, 1, 1);
    private static final int DATE_SPAN_DAYS = 7 * 365;

    /** Which markup the articles use; {@code MIX} alternates by index parity (even: AsciiDoc). */
    public enum Format {
        MIX, ADOC, MD;

        public static Format parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }

        boolean asciidoc(int index) {
            return this == ADOC || (this == MIX && index % 2 == 0);
        }
    }

    private final Vocabulary vocabulary = Vocabulary.load();
    private final long seed;
    private final Format format;
    private final CorpusMix mix;
    private final Set<String> titles = new HashSet<>();
    private final Set<String> slugs = new HashSet<>();

    /** The plain-prose corpus. */
    public CorpusGenerator(long seed, Format format) {
        this(seed, format, null);
    }

    /** @param mix the markup rates of a realistic corpus, or null for plain prose */
    public CorpusGenerator(long seed, Format format, CorpusMix mix) {
        this.seed = seed;
        this.format = format;
        this.mix = mix;
    }

    /** Generates articles 0..n-1 in order and hands each to the sink. */
    void generate(int n, Consumer<Article> sink) {
        titles.clear();
        slugs.clear();
        for (int i = 0; i < n; i++) {
            sink.accept(article(i));
        }
    }

    /** Writes n articles as JBake content files under {@code contentRoot/bai-viet/}. */
    public void writeContent(Path contentRoot, int n) throws IOException {
        Path folder = Files.createDirectories(contentRoot.resolve("bai-viet"));
        IOException[] failure = new IOException[1];
        generate(n, article -> {
            if (failure[0] == null) {
                try {
                    Files.writeString(folder.resolve(article.fileName()), ArticleText.jbake(article), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private Article article(int index) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        String title = uniqueTitle(random);
        LocalDate date = FIRST_DATE.plusDays(random.nextInt(DATE_SPAN_DAYS));
        List<String> tags = distinct(vocabulary.get("tags"), 2 + random.nextInt(3), random);
        List<Article.Block> blocks = body(random);
        boolean asciidoc = format.asciidoc(index);
        boolean keyValue = false;
        if (mix != null) {
            RealisticMarkup.apply(vocabulary, mix, random, asciidoc, blocks, words(blocks));
            keyValue = asciidoc && random.nextDouble() < mix.keyValueShare();
        }
        return new Article(index, title, asciiSlug(title), date, tags, blocks, asciidoc, keyValue);
    }

    private String uniqueTitle(Random random) {
        for (int attempt = 0; ; attempt++) {
            String title = pick("topics", random) + " ở " + pick("places", random) + ": " + pick("angles", random);
            if (attempt >= 50) {
                title += " (kỳ " + (attempt - 49) + ")";
            }
            String slug = asciiSlug(title);
            if (!titles.contains(title) && !slugs.contains(slug)) {
                titles.add(title);
                slugs.add(slug);
                return title;
            }
        }
    }

    private List<Article.Block> body(Random random) {
        List<Article.Block> blocks = new ArrayList<>();
        List<String> headings = distinct(vocabulary.get("headings"), 6, random);
        int target = 550 + random.nextInt(51);
        int words = add(blocks, paragraph(random));
        for (int section = 0; words < target; section++) {
            if (section < headings.size()) {
                words += add(blocks, new Article.Heading(headings.get(section)));
            }
            words += add(blocks, paragraph(random));
            if (words < target && section < 2) {
                words += add(blocks, Article.Bullets.plain(distinct(vocabulary.get("items"), 3 + random.nextInt(3), random)));
            }
            if (words < target) {
                words += add(blocks, paragraph(random));
            }
        }
        return blocks;
    }

    private Article.Paragraph paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 4 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(sentence(random));
        }
        return Article.Paragraph.plain(text.toString());
    }

    private String sentence(Random random) {
        if (random.nextInt(4) == 0) {
            return pick("sentences", random);
        }
        String s = pick("subjects", random) + " " + pick("predicates", random) + " " + pick("objects", random);
        if (random.nextBoolean()) {
            s += " " + pick("adverbials", random);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private String pick(String section, Random random) {
        List<String> words = vocabulary.get(section);
        return words.get(random.nextInt(words.size()));
    }

    private static List<String> distinct(List<String> pool, int count, Random random) {
        List<String> copy = new ArrayList<>(pool);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count && !copy.isEmpty(); i++) {
            chosen.add(copy.remove(random.nextInt(copy.size())));
        }
        return chosen;
    }

    private static int add(List<Article.Block> blocks, Article.Block block) {
        blocks.add(block);
        return wordsOf(block);
    }

    /** Words of the plain skeleton's blocks: paragraphs, headings and lists. */
    private static int wordsOf(Article.Block block) {
        if (block instanceof Article.Paragraph p) {
            return wordCount(p.text());
        }
        if (block instanceof Article.Heading h) {
            return wordCount(h.text());
        }
        return ((Article.Bullets) block).items().stream().mapToInt(item -> wordCount(item.text().text())).sum();
    }

    private static int words(List<Article.Block> blocks) {
        int words = 0;
        for (Article.Block block : blocks) {
            words += wordsOf(block);
        }
        return words;
    }

    static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** ASCII file-name slug: diacritics dropped, đ to d, lower case, hyphens between words. */
    static String asciiSlug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
