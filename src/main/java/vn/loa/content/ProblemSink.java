package vn.loa.content;

/** Receives problems found in one content file: the line (1-based, 0 = whole file) and a Vietnamese message. */
@FunctionalInterface
public interface ProblemSink {
    void report(int line, String message);
}
