package vn.loa.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The bake's worker pool: one thread per core. (The common pool has one thread fewer than there
 * are cores, so on a 2-core machine it would parse on a single thread.)
 */
public final class Workers {
    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private Workers() {
    }

    /** Named daemon threads for background work a bake never waits on at exit (early files, rule loading). */
    public static java.util.concurrent.ThreadFactory background(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs a parallel-stream task on all cores and waits for it. */
    public static <T> T run(java.util.concurrent.Callable<T> task) {
        try {
            return POOL.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    public static void run(Runnable task) {
        run(() -> {
            task.run();
            return null;
        });
    }
}
