package vn.loa.checker;

import java.nio.file.Path;

/**
 * Options for a {@link Checker}.
 *
 * @param sourceRoot  folder that source paths in findings are made relative to (the site source), or null
 * @param reportLevel findings below this severity are dropped (INFO keeps everything)
 */
public record CheckerConfig(Path sourceRoot, Severity reportLevel) {

    public static CheckerConfig defaults() {
        return new CheckerConfig(null, Severity.INFO);
    }

    public CheckerConfig withSourceRoot(Path root) {
        return new CheckerConfig(root, reportLevel);
    }

    public CheckerConfig withReportLevel(Severity level) {
        return new CheckerConfig(sourceRoot, level);
    }
}
