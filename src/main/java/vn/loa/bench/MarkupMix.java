package vn.loa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How much of each kind of markup a set of articles uses, per 1,000 words of body text: measured on a site's
 * demo content so the benchmark corpus uses what officers use, at the rates they use it. Counting is by
 * line patterns, good enough for rates (a bold word inside a table cell counts as bold, as it should).
 */
public final class MarkupMix {

    /** What is counted. */
    public enum Feature {
        PARAGRAPH, HEADING, LIST_ITEM, NESTED_LIST_ITEM, BOLD, ITALIC, LINK, IMAGE, TABLE, TABLE_ROW, ADMONITION, QUOTE,
        FOOTNOTE, INCLUDE
    }

    private static final Pattern ADOC_BOLD = Pattern.compile("(?<![\\p{L}\\p{N}*])\\*(?=[^\\s*])[^*\\n]*?[^\\s*]?\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern ADOC_ITALIC = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])[^_\\n]*?_(?![\\p{L}\\p{N}_])");
    private static final Pattern ADOC_LINK = Pattern.compile("link:[^\\s\\[]+\\[|https?://[^\\s\\[]+|<<[^>]+>>|xref:");
    private static final Pattern ADOC_LIST = Pattern.compile("(\\*+|-|\\.+) \\S.*");
    private static final Pattern ADOC_ADMONITION = Pattern.compile("(NOTE|TIP|IMPORTANT|WARNING|CAUTION): .*|\\[(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]");
    private static final Pattern MD_BOLD = Pattern.compile("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__");
    private static final Pattern MD_ITALIC = Pattern.compile("(?<![*\\p{L}\\p{N}])\\*(?=[^\\s*])[^*\\n]+\\*(?!\\*)|(?<![_\\p{L}\\p{N}])_(?=[^\\s_])[^_\\n]+_(?![_\\p{L}\\p{N}])");
    private static final Pattern MD_LINK = Pattern.compile("(?<!!)\\[[^\\]]+\\]\\([^)]+\\)|<https?://[^>]+>");
    private static final Pattern MD_LIST = Pattern.compile("( *)([-*+]|\\d+\\.) \\S.*");
    private static final Pattern MD_TABLE_RULE = Pattern.compile("\\|? *:?-{3,}:? *(\\| *:?-{3,}:? *)*\\|?");

    private final Map<Feature, Integer> counts = new EnumMap<>(Feature.class);
    private int files;
    private int keyValueHeaders;
    private long words;

    /** The rates of all AsciiDoc or all Markdown files under {@code contentRoot} (an empty mix when there is none). */
    public static MarkupMix measure(Path contentRoot, boolean asciidoc) {
        MarkupMix mix = new MarkupMix();
        if (!Files.isDirectory(contentRoot)) {
            return mix;
        }
        String ending = asciidoc ? ".adoc" : ".md";
        try (Stream<Path> walk = Files.walk(contentRoot)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(ending) && !underscoreFolder(contentRoot, p)).sorted().toList()) {
                mix.add(Files.readString(file, StandardCharsets.UTF_8), asciidoc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mix;
    }

    /** Folders starting with {@code _} hold included fragments, not articles. */
    private static boolean underscoreFolder(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Counts one article's markup. */
    void add(String text, boolean asciidoc) {
        files++;
        List<String> lines = text.replace("\r", "").lines().toList();
        int start = 0;
        int separator = lines.indexOf("~~~~~~");
        if (separator >= 0) {
            keyValueHeaders++;
            start = separator + 1;
        }
        boolean inHeader = asciidoc && separator < 0;
        boolean inTable = false;
        boolean paragraph = false;
        boolean inQuote = false;
        boolean rowStart = false; // AsciiDoc rows often put each cell on its own line, rows apart by blank lines
        for (String line : lines.subList(start, lines.size())) {
            if (inHeader) {
                inHeader = !line.isBlank(); // the AsciiDoc header ends at its first blank line
                continue;
            }
            if (line.isBlank()) {
                paragraph = false;
                rowStart = true;
                inQuote = false;
                continue;
            }
            if (!asciidoc && line.startsWith(">") && !inQuote) {
                count(Feature.QUOTE, 1); // a Markdown quote is a run of > lines
            }
            inQuote = !asciidoc && line.startsWith(">");
            words += CorpusGenerator.wordCount(line.replaceAll("[*_|#>\\[\\]()]", " "));
            if (asciidoc ? adocBlock(line, inTable, rowStart) : mdBlock(line)) {
                paragraph = false;
            } else if (!paragraph && !inTable) {
                paragraph = true;
                count(Feature.PARAGRAPH, 1);
            }
            if (asciidoc && line.startsWith("|===")) {
                inTable = !inTable;
            }
            rowStart = line.startsWith("|===");
            count(Feature.BOLD, matches(asciidoc ? ADOC_BOLD : MD_BOLD, line));
            count(Feature.ITALIC, matches(asciidoc ? ADOC_ITALIC : MD_ITALIC, line));
            count(Feature.LINK, matches(asciidoc ? ADOC_LINK : MD_LINK, line));
            count(Feature.FOOTNOTE, matches(asciidoc ? Pattern.compile("footnote:\\[") : Pattern.compile("\\[\\^[^\\]]+\\](?!:)"), line));
        }
    }

    /** Counts an AsciiDoc block-level line; true when the line is not paragraph text. */
    private boolean adocBlock(String line, boolean inTable, boolean rowStart) {
        if (line.startsWith("|===")) {
            if (!inTable) {
                count(Feature.TABLE, 1);
            }
            return true;
        }
        if (inTable) {
            if (line.startsWith("|") && rowStart) {
                count(Feature.TABLE_ROW, 1);
            }
            return true;
        }
        if (line.matches("={2,6} .*")) {
            count(Feature.HEADING, 1);
        } else if (ADOC_LIST.matcher(line).matches()) {
            count(Feature.LIST_ITEM, 1);
            if (line.startsWith("**") || line.startsWith("..")) {
                count(Feature.NESTED_LIST_ITEM, 1);
            }
        } else if (line.startsWith("image::")) {
            count(Feature.IMAGE, 1);
        } else if (ADOC_ADMONITION.matcher(line).matches()) {
            count(Feature.ADMONITION, 1);
            return !line.startsWith("[");
        } else if (line.equals("____") || line.startsWith("[quote")) {
            count(Feature.QUOTE, line.equals("____") ? 0 : 1);
        } else if (line.startsWith("include::")) {
            count(Feature.INCLUDE, 1);
        } else {
            return line.startsWith("[") || line.startsWith("//") || line.startsWith(":");
        }
        return true;
    }

    /** Counts a Markdown block-level line; true when the line is not paragraph text. */
    private boolean mdBlock(String line) {
        Matcher list = MD_LIST.matcher(line);
        if (line.matches("#{2,6} .*")) {
            count(Feature.HEADING, 1);
        } else if (list.matches()) {
            count(Feature.LIST_ITEM, 1);
            if (list.group(1).length() >= 2) {
                count(Feature.NESTED_LIST_ITEM, 1);
            }
        } else if (line.startsWith("![")) {
            count(Feature.IMAGE, 1);
        } else if (MD_TABLE_RULE.matcher(line).matches() && line.contains("-")) {
            count(Feature.TABLE, 1);
        } else if (line.startsWith("|")) {
            count(Feature.TABLE_ROW, 1);
        } else if (!line.startsWith(">")) { // quotes are counted by the caller
            return false;
        }
        return true;
    }

    private void count(Feature feature, int n) {
        if (n > 0) {
            counts.merge(feature, n, Integer::sum);
        }
    }

    private static int matches(Pattern pattern, String line) {
        int n = 0;
        for (Matcher m = pattern.matcher(line); m.find(); ) {
            n++;
        }
        return n;
    }

    public int files() {
        return files;
    }

    /** How many of one feature per 1,000 words of body text (0 when nothing was measured). */
    public double per1000Words(Feature feature) {
        return words == 0 ? 0 : counts.getOrDefault(feature, 0) * 1000.0 / words;
    }

    /** Share of files with a JBake {@code key=value} header closed by {@code ~~~~~~}. */
    public double keyValueHeaderShare() {
        return files == 0 ? 0 : keyValueHeaders / (double) files;
    }

    /** Mean body words per file. */
    public double wordsPerFile() {
        return files == 0 ? 0 : words / (double) files;
    }

    /** One line for the bench output: every feature's rate per 1,000 words. */
    public String describe() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d files, %.0f words each, key=value headers %.0f%%; per 1,000 words:",
            files, wordsPerFile(), 100 * keyValueHeaderShare()));
        for (Feature feature : Feature.values()) {
            line.append(String.format(Locale.ROOT, " %s %.1f", feature.name().toLowerCase(Locale.ROOT).replace('_', ' '), per1000Words(feature)));
        }
        return line.toString();
    }
}
