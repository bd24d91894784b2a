package vn.loa.bench;

import java.nio.file.Path;

/**
 * One timed run of a tool as a separate process.
 *
 * @param tool        row label, e.g. "loa", "stock jbake", "loa (1 edited)"
 * @param articles    how many articles the run built (the Markdown ones only for Hugo)
 * @param wallSeconds wall-clock time of the process
 * @param cpuSeconds  user plus system CPU time of the process, or -1 when unknown
 * @param peakRssKb   peak resident set size, or -1 when unknown
 * @param exitCode    the process' exit code (-1 when it could not start)
 * @param otherCores  average cores other processes kept busy meanwhile, or -1 when unknown
 * @param htmlFiles   HTML files in the output folder afterwards, or -1
 * @param log         the process' combined stdout and stderr
 */
record Measurement(String tool, int articles, double wallSeconds, double cpuSeconds, long peakRssKb, int exitCode,
                   double otherCores, long htmlFiles, Path log) {

    boolean ok() {
        return exitCode == 0;
    }

    /** Article pages per second. */
    double pagesPerSecond() {
        return wallSeconds > 0 ? articles / wallSeconds : 0;
    }

    double secondsPerArticle() {
        return articles > 0 ? wallSeconds / articles : Double.NaN;
    }

    double peakRssMb() {
        return peakRssKb < 0 ? -1 : peakRssKb / 1024.0;
    }

    Measurement withTool(String label) {
        return new Measurement(label, articles, wallSeconds, cpuSeconds, peakRssKb, exitCode, otherCores, htmlFiles, log);
    }

    Measurement withHtmlFiles(long count) {
        return new Measurement(tool, articles, wallSeconds, cpuSeconds, peakRssKb, exitCode, otherCores, count, log);
    }
}
