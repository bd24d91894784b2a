package vn.loa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Generated files made ahead of time, on one background thread, while the bake waits for JRuby.
 *
 * <p>A cold bake of AsciiDoc spends its first second or two starting JRuby on one core while the other
 * has nothing to do, yet share cards and print QR codes need only what the headers say. Features
 * queue such files here as soon as the headers are checked; each is written into the staging folder
 * with the digest of its inputs. When rendering starts the queue is stopped, and
 * {@link SiteOutput#file} takes a file made here only if its digest is the one the render asks for
 * (otherwise it is made again); files nobody asked for are deleted. So early work can only save time,
 * never change the output.
 */
public final class EarlyFiles {
    private final Path root;
    private final RenderMemo memo;
    private final Path previous;
    private final Map<String, String> made = new ConcurrentHashMap<>();
    private final Folders folders = new Folders();
    private final ExecutorService worker;
    private volatile boolean stopped;

    private EarlyFiles(Path root, RenderMemo memo, Path previous, boolean active) {
        this.root = root;
        this.memo = memo;
        this.previous = previous;
        this.worker = active ? Executors.newSingleThreadExecutor(Workers.background("loa-early-files")) : null;
        this.stopped = !active;
    }

    /** Early files written into {@code root}; {@code previous} and {@code memo} tell which files will be reused. */
    public static EarlyFiles into(Path root, RenderMemo memo, Path previous) {
        return new EarlyFiles(root, memo, previous, true);
    }

    /** Accepts nothing: for bakes that have no idle time to fill. */
    public static EarlyFiles none() {
        return new EarlyFiles(null, null, null, false);
    }

    /** Queues a file; it is skipped when the last bake's file can be reused or when rendering has begun. */
    public void submit(String path, Supplier<String> digestOfInputs, Supplier<byte[]> content) {
        if (stopped) {
            return;
        }
        worker.execute(() -> {
            if (stopped) {
                return;
            }
            Path target = root.resolve(path);
            try {
                String digest = digestOfInputs.get();
                if (SiteOutput.reusable(previous, memo, path, digest)) {
                    return;
                }
                folders.ensure(target.getParent());
                Files.write(target, content.get());
                made.put(path, digest);
            } catch (IOException | RuntimeException e) {
                // Only a head start: the render makes this file again and reports any real problem.
                deleteQuietly(target);
            }
        });
    }

    /** Stops the queue and waits for the file being written, so no early write races the render. */
    public void stop() {
        stopped = true; // queued tasks now return at once; the running one finishes its file
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until everything queued so far is done (tests use it to see early files without a race). */
    void awaitQueued() throws Exception {
        worker.submit(() -> { }).get();
    }

    /** True when this file was made early from inputs with this digest; the caller then owns it. */
    boolean claim(String path, String digest) {
        return digest.equals(made.remove(path));
    }

    /** Deletes early files the render did not ask for (e.g. the page they belonged to was not made). */
    void sweep(Map<String, ?> written) {
        for (String path : made.keySet()) {
            if (!written.containsKey(path)) {
                deleteQuietly(root.resolve(path));
            }
        }
        made.clear();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray generated file in the staging folder is the worst case, and it is never linked
        }
    }
}
