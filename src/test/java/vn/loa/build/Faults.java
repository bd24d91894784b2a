package vn.loa.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Test access to {@link FaultPoints}: make a named step of the bake fail (a full disk, a cache that cannot be
 * saved, a file that cannot be read) for the steps whose path contains a given text.
 */
public final class Faults {
    public static final String READ = FaultPoints.READ;
    public static final String WRITE = FaultPoints.WRITE;
    public static final String CACHE_SAVE = FaultPoints.CACHE_SAVE;
    public static final String JOURNALED = StagingSwap.JOURNALED;
    public static final String PARKED = StagingSwap.PARKED;
    public static final String MOVED_IN = StagingSwap.MOVED_IN;
    public static final String FINISHED = StagingSwap.FINISHED;

    private Faults() {
    }

    /** From now on, {@code step} on a path containing {@code pathPart} throws what {@code failure} makes of the path. */
    public static void failAt(String step, String pathPart, Function<Path, ? extends Exception> failure) {
        FaultPoints.install((at, path) -> {
            if (at.equals(step) && path.toString().replace('\\', '/').contains(pathPart)) {
                Exception e = failure.apply(path);
                if (e instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) e;
            }
        });
    }

    /** Calls {@code reaction} at every step (the forked build uses it to stop and wait to be killed). */
    public static void onEveryStep(FaultPoints.Handler reaction) {
        FaultPoints.install(reaction);
    }

    public static void clear() {
        FaultPoints.install(null);
    }
}
