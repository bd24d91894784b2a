package vn.loa.checker;

import java.nio.file.Path;
import vn.loa.support.SupportDirectory;

/**
 * Options for a {@link Checker}.
 *
 * @param sourceRoot  folder that source paths in findings are made relative to (the site source), or null
 * @param reportLevel findings below this severity are dropped (INFO keeps everything)
 * @param support     the site's support directory ({@code data/ho-tro.yml}) that G7's suggestion lists numbers
 *                    from, or null to use the suggestion written in the G7 rule file
 */
public record CheckerConfig(Path sourceRoot, Severity reportLevel, SupportDirectory support) {

    public static CheckerConfig defaults() {
        return new CheckerConfig(null, Severity.INFO, null);
    }

    public CheckerConfig withSourceRoot(Path root) {
        return new CheckerConfig(root, reportLevel, support);
    }

    public CheckerConfig withReportLevel(Severity level) {
        return new CheckerConfig(sourceRoot, level, support);
    }

    public CheckerConfig withSupport(SupportDirectory directory) {
        return new CheckerConfig(sourceRoot, reportLevel, directory);
    }
}
