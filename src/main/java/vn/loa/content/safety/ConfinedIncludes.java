package vn.loa.content.safety;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import vn.loa.content.ThreadRecords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Asciidoctor's include directive, confined to the site's content/ folder ({@link IncludeTargets}). It takes
 * every include, also those inside included files, so Asciidoctor's own file and URL reading is never used;
 * refused includes are kept per thread with the file and line, and the crawler reports them as build errors.
 * Supports the {@code lines}, {@code tag}/{@code tags} and {@code leveloffset} attributes officers may use.
 */
public final class ConfinedIncludes extends IncludeProcessor {
    /** More includes than this in one article means a loop (a piece that includes itself) or a mistake. */
    static final int MAX_INCLUDES = 100;

    /** A refused include: {@code file} is the included piece that holds the line, or null for the article itself. */
    public record Refusal(Path file, int line, String message) {
    }

    private static final class Scope {
        final Path contentDir;
        final List<Refusal> refusals = new ArrayList<>();
        int includes;

        Scope(Path contentDir) {
            this.contentDir = contentDir;
        }
    }

    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();
    private static final ThreadRecords<Refusal> REFUSED = new ThreadRecords<>();

    /** Runs one document's load on this thread with includes confined to {@code contentDir}. */
    public static <T> T within(Path contentDir, Supplier<T> work) {
        Scope scope = new Scope(contentDir);
        SCOPE.set(scope);
        try {
            return work.get();
        } finally {
            SCOPE.remove();
            REFUSED.addAll(scope.refusals);
        }
    }

    /** Includes refused on this thread since the last call; clears them. */
    public static List<Refusal> drain() {
        return REFUSED.drain();
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        // The include line has been read already: the reader stands on the next one.
        int line = Math.max(1, reader.getLineNumber() - 1);
        // Pieces pushed by this processor carry their absolute path; the article itself (loaded from text) does not.
        Path including = reader.getFile() != null && Path.of(reader.getFile()).isAbsolute() ? Path.of(reader.getFile()) : null;
        Path dir = including != null ? including.getParent() : Path.of(reader.getDir());
        Scope scope = SCOPE.get();
        if (scope == null) {
            // A conversion outside a Loa build has no content folder to confine to: it reads nothing.
            return;
        }
        if (++scope.includes > MAX_INCLUDES) {
            if (scope.includes == MAX_INCLUDES + 1) {
                scope.refusals.add(new Refusal(including, line, "Bài này chèn quá " + MAX_INCLUDES + " tệp (include::…[]), "
                    + "thường do một tệp tự chèn chính nó hoặc hai tệp chèn lẫn nhau. Hãy bỏ dòng include lặp vòng."));
            }
            return;
        }
        IncludeTargets.Resolved resolved = IncludeTargets.resolve(dir, target, scope.contentDir);
        if (!resolved.allowed()) {
            scope.refusals.add(new Refusal(including, line, resolved.refusal()));
            return;
        }
        Path file = resolved.file();
        String text;
        try {
            String tooBig = ContentLimits.sizeProblem(file);
            if (tooBig != null) {
                scope.refusals.add(new Refusal(including, line, "Tệp được chèn \"" + target + "\": " + tooBig));
                return;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            scope.refusals.add(new Refusal(including, line, "Không đọc được tệp được chèn \"" + target
                + "\" (cần lưu bằng bảng mã UTF-8)."));
            return;
        }
        String selected = IncludeSelection.select(text, attributes);
        reader.pushInclude(selected, file.toString(), file.getFileName().toString(), 1, attributes);
    }
}
