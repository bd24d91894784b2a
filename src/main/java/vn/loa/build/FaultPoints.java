package vn.loa.build;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Named steps of a bake where tests inject failures: a full disk while writing a page, a cache that cannot be
 * saved, a process killed between two renames of the swap. Production code only calls {@link #reach}; with no
 * handler installed (always, outside tests) it does nothing.
 */
final class FaultPoints {
    /** Reacts to a step; may throw (an injected I/O error) or never return (a test kills the process there). */
    interface Handler {
        void at(String step, Path path) throws IOException;
    }

    static final String READ = "read";
    static final String WRITE = "write";
    static final String CACHE_SAVE = "cache-save";

    private static volatile Handler handler;

    private FaultPoints() {
    }

    static void install(Handler h) {
        handler = h;
    }

    static void reach(String step, Path path) throws IOException {
        Handler h = handler;
        if (h != null) {
            h.at(step, path);
        }
    }
}
