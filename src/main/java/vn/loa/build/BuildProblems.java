package vn.loa.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects problems from every thread of the bake, so that one run reports all of them at once. */
public final class BuildProblems {
    private final Path siteRoot;
    private final List<BuildProblem> errors = new ArrayList<>();
    private final List<BuildProblem> warnings = new ArrayList<>();

    public BuildProblems(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    public Path siteRoot() {
        return siteRoot;
    }

    public synchronized void error(Path file, int line, String message) {
        errors.add(BuildProblem.at(siteRoot, file, line, message));
    }

    public synchronized void warning(Path file, int line, String message) {
        warnings.add(BuildProblem.at(siteRoot, file, line, message));
    }

    public synchronized boolean hasErrors() {
        return !errors.isEmpty();
    }

    public synchronized List<BuildProblem> errors() {
        List<BuildProblem> sorted = new ArrayList<>(errors);
        sorted.sort(BuildProblem.ORDER);
        return sorted;
    }

    public synchronized List<BuildProblem> warnings() {
        List<BuildProblem> sorted = new ArrayList<>(warnings);
        sorted.sort(BuildProblem.ORDER);
        return sorted;
    }
}
