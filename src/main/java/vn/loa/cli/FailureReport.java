package vn.loa.cli;

import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildProblem;
import vn.loa.build.FailureText;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an officer reads when a command fails: Loa's own Vietnamese message (which file, what to do), then what
 * became of the site. A Java stack trace only with {@code --verbose}, for developers.
 */
final class FailureReport {
    /** Exit code for problems in the site's input (the officer can fix them). */
    static final int INPUT = 1;
    /** Exit code for everything else: the machine (disk, permissions), a busy folder, a fault in Loa. */
    static final int OTHER = 2;

    private FailureReport() {
    }

    /** Prints the failure of a bake into {@code output} and returns the exit code. */
    static int buildFailed(Throwable e, Path output, boolean verbose, PrintStream err) {
        int exit = OTHER;
        if (e instanceof BuildFailedException failed) {
            err.println("Loa: KHÔNG dựng được trang web: " + failed.problems().size() + " lỗi cần sửa.");
            for (BuildProblem problem : failed.problems()) {
                err.println("  ✗ " + problem);
            }
            exit = INPUT;
        } else {
            err.println("Loa: KHÔNG dựng được trang web: " + FailureText.describe(e));
        }
        err.println("  " + siteState(output));
        if (verbose) {
            e.printStackTrace(err);
        }
        return exit;
    }

    /** Whether a site is still there, said truthfully (a first build that failed has no previous site). */
    static String siteState(Path output) {
        return Files.isDirectory(output)
            ? "Trang web lần trước vẫn được giữ nguyên tại " + output + "."
            : "Chưa có trang web nào tại " + output + " (chưa lần dựng nào thành công).";
    }
}
