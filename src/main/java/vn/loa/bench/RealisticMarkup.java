package vn.loa.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import vn.loa.bench.MarkupMix.Feature;

/**
 * Adds to a plain article body the markup officers use, at a {@link CorpusMix}'s rates: bold, italic and links
 * on word runs of paragraphs and list items, footnotes at paragraph ends, nested items in lists, and images,
 * tables, admonitions and block quotes between paragraphs. Each count is the rate times the article's words,
 * rounded up or down at random in proportion, so a large corpus meets the rates on average.
 */
final class RealisticMarkup {
    private static final String[][] ADMONITIONS = {
        {"NOTE", "Lưu ý"}, {"TIP", "Mẹo"}, {"IMPORTANT", "Quan trọng"}, {"WARNING", "Cảnh báo"}};
    /** The images {@link SiteTrees} writes under each site's assets. */
    static final int IMAGES = 6;

    private final Vocabulary vocabulary;
    private final CorpusMix mix;
    private final Random random;
    private final boolean asciidoc;
    private final List<Article.Block> blocks;

    private RealisticMarkup(Vocabulary vocabulary, CorpusMix mix, Random random, boolean asciidoc, List<Article.Block> blocks) {
        this.vocabulary = vocabulary;
        this.mix = mix;
        this.random = random;
        this.asciidoc = asciidoc;
        this.blocks = blocks;
    }

    /** Marks up {@code blocks} (the plain body, changed in place) for an article of {@code words} words. */
    static void apply(Vocabulary vocabulary, CorpusMix mix, Random random, boolean asciidoc, List<Article.Block> blocks, int words) {
        new RealisticMarkup(vocabulary, mix, random, asciidoc, blocks).apply(words);
    }

    private void apply(int words) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Article.Bullets b && random.nextInt(3) == 0) {
                blocks.set(i, new Article.Bullets(b.items(), true));
            }
        }
        nest(count(Feature.NESTED_LIST_ITEM, words));
        for (Feature block : List.of(Feature.IMAGE, Feature.TABLE, Feature.ADMONITION, Feature.QUOTE)) {
            for (int n = count(block, words); n > 0; n--) {
                insertAfterParagraph(block(block));
            }
        }
        for (Feature inline : List.of(Feature.BOLD, Feature.ITALIC, Feature.LINK)) {
            for (int n = count(inline, words); n > 0; n--) {
                wrapWords(inline);
            }
        }
        for (int n = count(Feature.FOOTNOTE, words); n > 0; n--) {
            footnote();
        }
    }

    private int count(Feature feature, int words) {
        double expected = mix.rate(feature, asciidoc) * words / 1000;
        int whole = (int) expected;
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }

    private void nest(int children) {
        List<Integer> lists = indexesOf(Article.Bullets.class);
        while (children > 0 && !lists.isEmpty()) {
            int at = lists.get(random.nextInt(lists.size()));
            Article.Bullets list = (Article.Bullets) blocks.get(at);
            List<Article.Item> items = new ArrayList<>(list.items());
            int item = random.nextInt(items.size());
            int n = Math.min(children, 1 + random.nextInt(3));
            List<String> nested = new ArrayList<>(items.get(item).children());
            for (int i = 0; i < n; i++) {
                nested.add(lowerFirst(pick("items")));
            }
            items.set(item, new Article.Item(items.get(item).text(), nested));
            blocks.set(at, new Article.Bullets(items, list.ordered()));
            children -= n;
        }
    }

    private Article.Block block(Feature feature) {
        return switch (feature) {
            case IMAGE -> new Article.Image("/images/bench/anh-" + (1 + random.nextInt(IMAGES)) + ".svg", pick("image-alts"));
            case TABLE -> table();
            case ADMONITION -> {
                String[] label = ADMONITIONS[random.nextInt(ADMONITIONS.length)];
                yield new Article.Admonition(label[0], label[1], Article.Paragraph.plain(pick("sentences")));
            }
            default -> new Article.Quote(Article.Paragraph.plain(pick("sentences") + " " + pick("sentences")), pick("people"));
        };
    }

    private Article.Table table() {
        List<String> header = Arrays.asList(pick("table-headers").split("\\|"));
        double mean = mix.rowsPerTable(asciidoc);
        int rows = Math.max(2, (int) Math.round(mean / 2 + random.nextDouble() * mean));
        List<List<String>> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                row.add(pick("table-cells"));
            }
            body.add(row);
        }
        return new Article.Table(header, body);
    }

    /** Puts a block after a random paragraph (not before the first one: an article opens with text). */
    private void insertAfterParagraph(Article.Block block) {
        List<Integer> paragraphs = indexesOf(Article.Paragraph.class);
        blocks.add(paragraphs.get(random.nextInt(paragraphs.size())) + 1, block);
    }

    /** Bold, italic or a link on one to four words of a paragraph or list item. */
    private void wrapWords(Feature feature) {
        List<Integer> candidates = new ArrayList<>(indexesOf(Article.Paragraph.class));
        candidates.addAll(indexesOf(Article.Bullets.class));
        int at = candidates.get(random.nextInt(candidates.size()));
        if (blocks.get(at) instanceof Article.Bullets list) {
            List<Article.Item> items = new ArrayList<>(list.items());
            int item = random.nextInt(items.size());
            items.set(item, new Article.Item(wrap(items.get(item).text(), feature), items.get(item).children()));
            blocks.set(at, new Article.Bullets(items, list.ordered()));
        } else {
            blocks.set(at, wrap((Article.Paragraph) blocks.get(at), feature));
        }
    }

    private Article.Paragraph wrap(Article.Paragraph paragraph, Feature feature) {
        List<Article.Span> spans = new ArrayList<>(paragraph.spans());
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).style() == Article.Span.Style.TEXT && spans.get(i).text().split(" ").length >= 3) {
                plain.add(i);
            }
        }
        if (plain.isEmpty()) {
            return paragraph;
        }
        int at = plain.get(random.nextInt(plain.size()));
        String[] words = spans.get(at).text().split(" ", -1);
        int length = 1 + random.nextInt(Math.min(4, words.length - 1));
        int first = 1 + random.nextInt(words.length - length); // never the first word: the span before stays text
        String before = String.join(" ", Arrays.copyOfRange(words, 0, first)) + " ";
        String marked = String.join(" ", Arrays.copyOfRange(words, first, first + length));
        String after = first + length < words.length ? " " + String.join(" ", Arrays.copyOfRange(words, first + length, words.length)) : "";
        int end = marked.length(); // punctuation after the last word stays outside the markup
        while (end > 1 && ".,;:!?)”".indexOf(marked.charAt(end - 1)) >= 0) {
            end--;
        }
        after = marked.substring(end) + after;
        marked = marked.substring(0, end);
        if (marked.isEmpty() || !Character.isLetterOrDigit(marked.charAt(0))) {
            return paragraph;
        }
        Article.Span span = switch (feature) {
            case BOLD -> new Article.Span(Article.Span.Style.STRONG, marked, null);
            case ITALIC -> new Article.Span(Article.Span.Style.EMPHASIS, marked, null);
            default -> new Article.Span(Article.Span.Style.LINK, marked, pick("link-targets"));
        };
        spans.remove(at);
        spans.addAll(at, after.isEmpty() ? List.of(Article.Span.text(before), span)
            : List.of(Article.Span.text(before), span, Article.Span.text(after)));
        return new Article.Paragraph(spans);
    }

    private void footnote() {
        List<Integer> paragraphs = indexesOf(Article.Paragraph.class);
        int at = paragraphs.get(random.nextInt(paragraphs.size()));
        List<Article.Span> spans = new ArrayList<>(((Article.Paragraph) blocks.get(at)).spans());
        spans.add(new Article.Span(Article.Span.Style.FOOTNOTE, pick("sentences"), null));
        blocks.set(at, new Article.Paragraph(spans));
    }

    private List<Integer> indexesOf(Class<? extends Article.Block> kind) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (kind.isInstance(blocks.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    private String pick(String section) {
        List<String> words = vocabulary.get(section);
        return words.get(random.nextInt(words.size()));
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
