package vn.loa.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A marked code block in the editor's guide (docs/huong-dan/*.md). The info string after the opening
 * fence says what the block is:
 * <ul>
 *   <li>{@code adoc loa-example [file=PATH]}: a whole content file that must bake;</li>
 *   <li>{@code md loa-snippet}: a body fragment, baked inside a minimal article header;</li>
 *   <li>{@code md loa-example-error [file=PATH]}: a whole file the build must refuse, followed by a
 *       {@code text loa-expected} block quoting the messages (lines starting with ✗) officers see;</li>
 *   <li>{@code yaml loa-data file=data/...}: a data file written beside the next example.</li>
 * </ul>
 *
 * @param page     guide file name, e.g. {@code viet-bai-asciidoc.md}
 * @param line     line of the opening fence, for test names
 * @param language first word of the info string ({@code adoc}, {@code md}, {@code yaml}, {@code text}...)
 * @param marker   the loa-* word, or null for an unmarked block
 * @param file     the {@code file=} attribute, or null
 * @param text     the block's content, ending in a newline
 */
record GuideExample(String page, int line, String language, String marker, String file, String text) {
    static final String EXAMPLE = "loa-example";
    static final String SNIPPET = "loa-snippet";
    static final String ERROR = "loa-example-error";
    static final String EXPECTED = "loa-expected";
    static final String DATA = "loa-data";

    /** Content languages: a block in one of these must be marked, so no example escapes the test. */
    static final Set<String> CONTENT_LANGUAGES = Set.of("adoc", "asciidoc", "md", "markdown");

    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})\\s*(.*)$");

    static Path guideDir() {
        return Path.of("docs", "huong-dan");
    }

    static List<GuideExample> readAll() throws IOException {
        List<GuideExample> all = new ArrayList<>();
        try (Stream<Path> pages = Files.list(guideDir())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(read(page.getFileName().toString(), Files.readAllLines(page, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    static List<GuideExample> read(String page, List<String> lines) {
        List<GuideExample> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(1);
            String[] info = open.group(2).trim().split("\\s+");
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().equals(fence)) {
                text.append(lines.get(j)).append('\n');
                j++;
            }
            String language = info[0].toLowerCase(Locale.ROOT);
            String marker = null;
            String file = null;
            for (int k = 1; k < info.length; k++) {
                if (info[k].startsWith("loa-")) {
                    marker = info[k];
                } else if (info[k].startsWith("file=")) {
                    file = info[k].substring("file=".length());
                }
            }
            blocks.add(new GuideExample(page, i + 1, language, marker, file, text.toString()));
            i = j;
        }
        return blocks;
    }

    boolean markdown() {
        return language.equals("md") || language.equals("markdown");
    }

    /** Where the example goes in the throw-away site. */
    String targetFile() {
        if (file != null) {
            return file;
        }
        return "content/bai-viet/vi-du." + (markdown() ? "md" : "adoc");
    }

    /** The file to bake: the block itself, or a snippet inside a minimal published article. */
    String content() {
        if (!SNIPPET.equals(marker)) {
            return text;
        }
        if (markdown()) {
            return "title=Ví dụ\ntype=post\nstatus=published\ndate=2026-11-15\n~~~~~~\n\n" + text;
        }
        return "= Ví dụ\n:jbake-type: post\n:jbake-status: published\n:jbake-date: 2026-11-15\n\n" + text;
    }

    /** The header's type=, so examples of a type no feature registers yet can be skipped, not failed. */
    String contentType() {
        Matcher m = Pattern.compile("(?m)^(?::jbake-type:|type=)\\s*(\\S+)").matcher(content());
        return m.find() ? m.group(1) : "post";
    }

    @Override
    public String toString() {
        return page + ":" + line + " (" + marker + ")";
    }
}
