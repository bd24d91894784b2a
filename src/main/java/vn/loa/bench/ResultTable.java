package vn.loa.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Collects measurements and prints them as a table with per-corpus ratios. */
final class ResultTable {

    static final String LOA = "loa";
    static final String STOCK = "stock jbake";
    static final String HUGO = "hugo";

    private record Row(int n, Measurement m) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(int n, Measurement m) {
        rows.add(new Row(n, m));
    }

    void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-22s %7s %8s %9s %9s %9s %12s %10s %5s %12s%n",
                "tool", "N", "articles", "wall s", "cpu s", "pages/s", "peak RSS MB", "html files", "exit", "other cores");
        for (Row row : rows) {
            Measurement m = row.m();
            out.printf(Locale.ROOT, "%-22s %7d %8d %9.2f %9s %9.1f %12s %10s %5d %12s%n",
                    m.tool(), row.n(), m.articles(), m.wallSeconds(),
                    m.cpuSeconds() < 0 ? "?" : String.format(Locale.ROOT, "%.1f", m.cpuSeconds()), m.pagesPerSecond(),
                    m.peakRssKb() < 0 ? "?" : String.format(Locale.ROOT, "%.0f", m.peakRssMb()),
                    m.htmlFiles() < 0 ? "-" : Long.toString(m.htmlFiles()), m.exitCode(),
                    m.otherCores() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", m.otherCores()));
        }
        out.println("pages/s = article pages built per second of wall time (Hugo builds only the Markdown articles).");
        out.println("cpu s = user + system CPU time of the process (from /usr/bin/time).");
        out.println("other cores = average CPU cores used by other processes during the run (the machine may be shared).");
        Set<Integer> sizes = new LinkedHashSet<>();
        rows.forEach(r -> sizes.add(r.n()));
        for (int n : sizes) {
            out.println("ratios at N=" + n + " (time per article): stock/Loa " + ratio(n, STOCK, LOA)
                    + ", Loa/Hugo " + ratio(n, LOA, HUGO) + ", stock/Hugo " + ratio(n, STOCK, HUGO));
        }
    }

    private String ratio(int n, String slower, String faster) {
        Optional<Measurement> a = find(n, slower);
        Optional<Measurement> b = find(n, faster);
        if (a.isEmpty() || b.isEmpty()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2fx", a.get().secondsPerArticle() / b.get().secondsPerArticle());
    }

    private Optional<Measurement> find(int n, String tool) {
        return rows.stream().filter(r -> r.n() == n && r.m().tool().equals(tool) && r.m().ok()
                && r.m().articles() > 0 && r.m().htmlFiles() != 0).map(Row::m).findFirst();
    }
}
