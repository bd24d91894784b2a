package vn.loa.build;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the site's input, said so that an officer can fix it:
 * which file, which line, what is wrong and what to do, in Vietnamese.
 *
 * @param file   path relative to the site folder, with forward slashes ("content/bai-viet/x.adoc")
 * @param line   1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and how to fix it
 */
public record BuildProblem(String file, int line, String message) {

    public static final Comparator<BuildProblem> ORDER =
        Comparator.comparing(BuildProblem::file).thenComparingInt(BuildProblem::line).thenComparing(BuildProblem::message);

    public static BuildProblem at(Path siteRoot, Path file, int line, String message) {
        return new BuildProblem(relative(siteRoot, file), line, message);
    }

    public static String relative(Path siteRoot, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        Path shown = abs.startsWith(root) ? root.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** "content/bai-viet/x.adoc, dòng 4: ..." — the form editors and CI logs both link up. */
    @Override
    public String toString() {
        return line > 0 ? file + ", dòng " + line + ": " + message : file + ": " + message;
    }
}
