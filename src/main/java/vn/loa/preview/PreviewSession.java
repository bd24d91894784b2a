package vn.loa.preview;

import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildOptions;
import vn.loa.build.BuildProblem;
import vn.loa.build.BuildResult;
import vn.loa.build.CheckMemo;
import vn.loa.build.FailureText;
import vn.loa.build.FileParseCache;
import vn.loa.build.RenderMemo;
import vn.loa.build.SiteBuild;
import vn.loa.build.SiteFeatures;
import vn.loa.build.StagingRecycler;

import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Rebuilds the preview in this process, keeping parsed documents in memory between rebuilds, so an
 * edit re-parses one file and AsciiDoc's engine stays warm.
 */
public final class PreviewSession {
    private final BuildOptions options;
    private final FileParseCache cache = FileParseCache.inMemory();
    private final RenderMemo memo = RenderMemo.inMemory();
    private final CheckMemo checkMemo = CheckMemo.inMemory();
    private final StagingRecycler recycler;
    private final PrintStream out;
    private volatile String lastFailure;
    private String host;
    private boolean verbose;

    public PreviewSession(BuildOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.recycler = new StagingRecycler(options.output());
    }

    /** The address the preview is served at; it replaces site.host in the preview's pages. */
    public PreviewSession servedAt(String previewHost) {
        this.host = previewHost;
        return this;
    }

    /** Prints stack traces of unexpected failures (for developers: {@code serve --verbose}). */
    public PreviewSession verbose(boolean on) {
        this.verbose = on;
        return this;
    }

    /** Removes staging folders a stopped preview left beside the output. */
    public void deleteLeftovers() throws java.io.IOException {
        recycler.deleteLeftovers();
    }

    /** Said truthfully: a first rebuild that failed has no older preview to show. */
    private String previewState() {
        return java.nio.file.Files.isDirectory(options.output()) ? "trang xem trước vẫn là bản cũ"
            : "chưa có trang xem trước nào";
    }

    /** The last failure as text, or null when the last rebuild succeeded. */
    public String lastFailure() {
        return lastFailure;
    }

    public synchronized boolean rebuild() {
        long start = System.nanoTime();
        try {
            BuildResult result = new SiteBuild(options, SiteFeatures.all(), cache, memo).withCheckMemo(checkMemo)
                .recyclingStaging(recycler).withPreviewHost(host).lockedByCaller().run();
            lastFailure = null;
            out.printf("Đã dựng lại (%d ms): %s%n", (System.nanoTime() - start) / 1_000_000, result.countsByType());
            result.warnings().forEach(w -> out.println("  ! " + w));
            return true;
        } catch (BuildFailedException e) {
            lastFailure = e.problems().stream().map(BuildProblem::toString).collect(Collectors.joining("\n"));
            out.println("Lỗi khi dựng lại — " + previewState() + ":");
            e.problems().forEach(p -> out.println("  ✗ " + p));
            return false;
        } catch (Exception | StackOverflowError e) {
            lastFailure = "Lỗi khi dựng lại: " + FailureText.describe(e);
            out.println(lastFailure + " (" + previewState() + ")");
            if (verbose) {
                e.printStackTrace(out);
            }
            return false;
        }
    }
}
