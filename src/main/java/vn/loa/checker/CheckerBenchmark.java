package vn.loa.checker;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints pages per second and heap use for synthetic 600-word pages. A figure, not a test:
 * {@code java -cp ... vn.loa.checker.CheckerBenchmark [pages] [threads]}.
 */
public final class CheckerBenchmark {
    private static final String[] WORDS = ("Ủy ban nhân dân xã tổ chức hội nghị tuyên truyền về bình đẳng giới "
            + "cho cán bộ và người dân trong thôn Chị Lan cho biết nhiều gia đình đã cùng chia sẻ việc nhà "
            + "phụ nữ tham gia lãnh đạo ngày càng đông Hội Liên hiệp Phụ nữ phối hợp với công an xã "
            + "hỗ trợ nạn nhân bạo lực gia đình đường dây nóng trường học lớp tập huấn kỹ năng sống "
            + "ông Trần Văn Khoa nhấn mạnh vai trò của nam giới trong phòng chống bạo lực trên cơ sở giới").split(" ");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong CPU_NANOS = new AtomicLong();

    private CheckerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        run(pages, threads, System.out);
    }

    /**
     * Checks {@code pages} synthetic pages twice on {@code threads} threads after a warm-up and prints
     * pages per second (wall clock, and from the workers' CPU time, which is what dedicated cores would
     * do on a busy machine) and the heap after each round: equal heaps mean memory stays flat.
     */
    public static void run(int pages, int threads, PrintStream out) throws Exception {
        Checker checker = Checker.load(null, CheckerConfig.defaults());
        List<String> html = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            html.add(page(random, i));
        }
        run(checker, html, pages / 4, threads); // warm-up
        long[] heaps = new long[2];
        for (int round = 0; round < 2; round++) {
            System.gc();
            long start = System.nanoTime();
            CPU_NANOS.set(0);
            int findings = run(checker, html, pages, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = CPU_NANOS.get() / 1e9;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            heaps[round] = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            out.printf("Bộ kiểm tra, lượt %d: %d trang (~600 từ) trong %.2f s với %d luồng: %.0f trang/giây; %d phát hiện; "
                    + "heap sau GC %d MB%n", round + 1, pages, seconds, threads, pages / seconds, findings, heaps[round]);
            // On a busy machine wall time says little; CPU time of the workers gives what dedicated cores would do.
            out.printf("  Thời gian CPU: %.2f s => %.0f trang/giây trên mỗi lõi rảnh, ~%.0f trang/giây với %d lõi%n",
                    cpuSeconds, pages / cpuSeconds, threads * pages / cpuSeconds, threads);
        }
        out.printf("Bộ nhớ: heap sau GC %d MB sau lượt 1, %d MB sau lượt 2 (gấp đôi tổng số trang): không tăng theo số trang%n", heaps[0], heaps[1]);
    }

    private static int run(Checker checker, List<String> html, int pages, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            int per = pages / threads;
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    int n = 0;
                    for (int i = 0; i < per; i++) {
                        n += checker.checkPage("p" + i + ".html", html.get((i * threads + offset) % html.size()), null)
                                .findings().size();
                    }
                    CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private static String page(Random random, int n) {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"vi\"><head><title>Bài số ").append(n)
                .append(" về bình đẳng giới</title></head><body><header><nav><a href=\"/\">Trang chủ</a></nav></header><main><article><h1>Bài số ")
                .append(n).append("</h1>");
        for (int p = 0; p < 10; p++) {
            sb.append("<p>");
            for (int w = 0; w < 60; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
            }
            if (p == 3) {
                sb.append("Anh ấy thường giúp vợ nấu cơm. ");
            }
            if (p == 5 && n % 5 == 0) {
                sb.append("Tối qua, chị H. bị chồng đánh phải nhập viện; công an xã đã lập biên bản. ");
            }
            sb.append("</p>");
        }
        sb.append("<figure><img src=\"/images/a.jpg\" alt=\"Cán bộ xã trò chuyện với người dân\"><figcaption>Buổi tuyên truyền</figcaption></figure>");
        sb.append("</article></main><footer>Gọi tổng đài 111</footer></body></html>");
        return sb.toString();
    }
}
