package vn.loa.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks every {@code *.html} file under a folder on all cores. Each task reads, parses and checks
 * one page and keeps only its findings; at most a few pages per thread are in flight, so memory
 * stays flat however large the site.
 */
public final class CheckRunner {
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private CheckRunner() {
    }

    public static CheckReport checkDirectory(Path dir, Checker checker) {
        return checkDirectory(dir, checker, null, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param sourceOf maps a page path (relative, with '/') to its content file, or null / returns null
     * @param threads  worker threads (at least 1)
     */
    public static CheckReport checkDirectory(Path dir, Checker checker, Function<String, Path> sourceOf, int threads) {
        List<Path> files = htmlFiles(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "loa-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<PageResult> results = new ArrayList<>(files.size());
            List<Future<PageResult>> window = new ArrayList<>();
            int limit = Math.max(1, threads) * IN_FLIGHT_PER_THREAD;
            for (Path file : files) {
                String page = dir.relativize(file).toString().replace('\\', '/');
                Path source = sourceOf == null ? null : sourceOf.apply(page);
                window.add(pool.submit(() -> checker.checkPage(page, read(file), source)));
                if (window.size() >= limit) {
                    results.add(await(window.remove(0)));
                }
            }
            for (Future<PageResult> f : window) {
                results.add(await(f));
            }
            return CheckReport.of(results, checker.rules());
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Path> htmlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Không có thư mục: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".html"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + file, e);
        }
    }

    private static PageResult await(Future<PageResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi đang kiểm tra", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
