package vn.loa.content.safety;

import java.nio.file.Path;

/** Receives a problem found in some file of the site: the file, the line (0 = whole file) and a Vietnamese message. */
@FunctionalInterface
public interface FileProblems {
    void error(Path file, int line, String message);
}
