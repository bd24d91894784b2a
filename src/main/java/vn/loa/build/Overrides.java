package vn.loa.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The province's override folder, {@code tuy-bien/}: a province changes a template, a checker rule or a data
 * file (a label, a list) by putting its own copy at the same path under {@code tuy-bien/}, never by editing
 * Loa's copy. Loa's own files then stay as upstream ships them, so pulling a later release of Loa never
 * conflicts with the province's changes.
 *
 * <ul>
 * <li>{@code tuy-bien/templates/X.ftl} replaces {@code templates/X.ftl} (other templates still come from Loa);
 * <li>{@code tuy-bien/checker/rules/X.yml} replaces {@code checker/rules/X.yml}, or adds a rule file;
 * <li>{@code tuy-bien/data/X.yml}: when both files are mappings, each top-level key replaces the same key of
 *     {@code data/X.yml} and the other keys are kept (so {@code local:} support services live in the province's
 *     file while the national lines are updated with Loa); otherwise the file replaces Loa's whole file.
 * </ul>
 */
public final class Overrides {
    /** The province's override folder at the site root ("tùy biến": customised). */
    public static final String FOLDER = "tuy-bien";

    private Overrides() {
    }

    public static Path templates(Path source) {
        return source.resolve(FOLDER).resolve("templates");
    }

    public static Path data(Path source) {
        return source.resolve(FOLDER).resolve("data");
    }

    public static Path rules(Path source) {
        return source.resolve(FOLDER).resolve("checker").resolve("rules");
    }

    /** Loa's folder first, then the province's (a file in a later folder wins). Missing folders are left out. */
    public static List<Path> layers(Path loaFolder, Path overrideFolder) {
        return java.util.stream.Stream.of(loaFolder, overrideFolder).filter(Files::isDirectory).toList();
    }

    /** The file a name resolves to: the province's copy when it has one, else Loa's (which may not exist). */
    public static Path file(Path loaFolder, Path overrideFolder, String name) {
        Path own = overrideFolder.resolve(name);
        return Files.isRegularFile(own) ? own : loaFolder.resolve(name);
    }
}
