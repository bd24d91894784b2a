package vn.loa.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.loa.bench.MarkupMix.Feature;

/**
 * The markup rates of the realistic corpus, per 1,000 words, one set for AsciiDoc and one for Markdown: the
 * rates measured on a site's demo articles, raised to a small floor for the markup officers use that the demo
 * happens not to (italic, nested lists, block quotes, footnotes), so the corpus exercises all of it.
 * Includes are not generated: an included file would have to live in a content folder the crawler does not
 * publish, which the site does not have yet.
 */
public final class CorpusMix {
    /** Floors per 1,000 words; footnotes and admonitions only where the format has them (AsciiDoc). */
    private static final Map<Feature, Double> FLOORS = Map.of(
        Feature.BOLD, 2.0, Feature.ITALIC, 1.0, Feature.LINK, 1.0, Feature.IMAGE, 0.3, Feature.NESTED_LIST_ITEM, 2.0,
        Feature.TABLE, 0.3, Feature.QUOTE, 0.5);
    private static final Map<Feature, Double> ASCIIDOC_FLOORS = Map.of(Feature.ADMONITION, 0.3, Feature.FOOTNOTE, 0.5);
    /** Rows per table when the demo has no table to measure. */
    private static final double ROWS_PER_TABLE = 5;
    /** The demo's AsciiDoc uses only {@code :jbake-*:} headers; officers copying the Markdown template write key=value. */
    private static final double KEY_VALUE_FLOOR = 1.0 / 3;
    static final List<Feature> GENERATED = List.of(Feature.BOLD, Feature.ITALIC, Feature.LINK, Feature.IMAGE,
        Feature.NESTED_LIST_ITEM, Feature.TABLE, Feature.ADMONITION, Feature.QUOTE, Feature.FOOTNOTE);

    private final MarkupMix adocDemo;
    private final MarkupMix mdDemo;

    private CorpusMix(MarkupMix adocDemo, MarkupMix mdDemo) {
        this.adocDemo = adocDemo;
        this.mdDemo = mdDemo;
    }

    /** The mix of the demo articles under {@code contentRoot} (floors alone when there are none). */
    public static CorpusMix of(Path contentRoot) {
        return new CorpusMix(MarkupMix.measure(contentRoot, true), MarkupMix.measure(contentRoot, false));
    }

    /** Occurrences per 1,000 words the corpus generates. */
    double rate(Feature feature, boolean asciidoc) {
        double demo = (asciidoc ? adocDemo : mdDemo).per1000Words(feature);
        double floor = FLOORS.getOrDefault(feature, 0.0);
        if (asciidoc) {
            floor = Math.max(floor, ASCIIDOC_FLOORS.getOrDefault(feature, 0.0));
        } else if (ASCIIDOC_FLOORS.containsKey(feature)) {
            return 0; // Markdown in JBake's settings has neither admonitions nor footnotes
        }
        return Math.max(demo, floor);
    }

    double rowsPerTable(boolean asciidoc) {
        MarkupMix demo = asciidoc ? adocDemo : mdDemo;
        double tables = demo.per1000Words(Feature.TABLE);
        return tables == 0 ? ROWS_PER_TABLE : Math.max(2, demo.per1000Words(Feature.TABLE_ROW) / tables - 1); // less the header row
    }

    /** Share of AsciiDoc articles written with a {@code key=value} header. */
    double keyValueShare() {
        return Math.max(adocDemo.keyValueHeaderShare(), KEY_VALUE_FLOOR);
    }

    /** Lines for the bench output: what the demo uses and what the corpus generates. */
    List<String> describe() {
        return List.of(
            "demo AsciiDoc: " + adocDemo.describe(),
            "demo Markdown: " + mdDemo.describe(),
            "corpus AsciiDoc: " + generated(true) + String.format(Locale.ROOT, "; key=value headers %.0f%%", 100 * keyValueShare()),
            "corpus Markdown: " + generated(false),
            "(corpus rate = demo rate, raised to a floor for markup the demo lacks; no includes: see CorpusMix)");
    }

    private String generated(boolean asciidoc) {
        Map<Feature, Double> rates = new EnumMap<>(Feature.class);
        GENERATED.forEach(f -> rates.put(f, rate(f, asciidoc)));
        StringBuilder line = new StringBuilder("per 1,000 words:");
        rates.forEach((f, r) -> line.append(String.format(Locale.ROOT, " %s %.1f", f.name().toLowerCase(Locale.ROOT).replace('_', ' '), r)));
        return line.append(String.format(Locale.ROOT, ", %.1f rows a table", rowsPerTable(asciidoc))).toString();
    }
}
