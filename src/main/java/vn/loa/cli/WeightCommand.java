package vn.loa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.weight.PageWeight;
import vn.loa.weight.PageWeights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code loa weight}: per-page weight table of a baked site, against the phone budget. */
@Command(name = "weight", description = "In bảng dung lượng từng trang (HTML + CSS + JS, nén gzip) so với giới hạn cho điện thoại.")
public final class WeightCommand implements Callable<Integer> {
    @Option(names = "--site", description = "Thư mục trang đã dựng. Mặc định: target/public.")
    Path site = Path.of("target", "public");

    @Option(names = "--fail", description = "Trả mã lỗi khi có trang vượt giới hạn.")
    boolean fail;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(site)) {
            System.err.println("Chưa có trang đã dựng ở " + site + ". Hãy chạy: mvn -q -DskipTests package");
            return 2;
        }
        List<PageWeight> weights = new PageWeights(site).measureAll();
        System.out.printf(Locale.ROOT, "%-70s %8s %6s %6s %8s  %s%n", "trang", "HTML", "CSS", "JS", "tổng", "");
        int over = 0;
        long max = 0;
        for (PageWeight w : weights) {
            boolean ok = w.withinBudget();
            over += ok ? 0 : 1;
            max = Math.max(max, w.total());
            System.out.printf(Locale.ROOT, "%-70s %8s %6s %6s %8s  %s%n", w.page(), kb(w.htmlGzip()), kb(w.cssGzip()),
                kb(w.jsGzip()), kb(w.total()), ok ? "" : "VƯỢT GIỚI HẠN");
        }
        System.out.printf(Locale.ROOT, "%d trang; nặng nhất %s; giới hạn %s (JS %s). %s%n", weights.size(), kb(max),
            kb(PageWeight.TOTAL_BUDGET), kb(PageWeight.JS_BUDGET), over == 0 ? "Tất cả trong giới hạn." : over + " trang vượt giới hạn.");
        return fail && over > 0 ? 1 : 0;
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
