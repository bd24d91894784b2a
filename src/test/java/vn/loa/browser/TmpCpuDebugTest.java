package vn.loa.browser;
import org.junit.jupiter.api.Test;
import java.util.Map;
class TmpCpuDebugTest {
    @Test
    void show() throws Exception {
        StaticSiteServer server = StaticSiteServer.start(java.nio.file.Path.of("/tmp/search-out5k"), 0);
        try (ChromeSession b = ChromeSession.start(true)) {
            b.open(server.url("/tim-kiem/"));
            for (int rate : new int[] {1, 4, 1, 4}) {
                b.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
                long c0 = SearchTiming.rendererCpuNanos(b);
                Thread.sleep(1000);
                long c1 = SearchTiming.rendererCpuNanos(b);
                System.out.println("idle rate " + rate + ": " + (c1 - c0) / 1e6 + " ms CPU in 1 s");
                SearchTiming t = SearchTiming.measure(b, server.url("/tim-kiem/"), "bao luc gia dinh", rate);
                System.out.println("rate " + rate + " " + t);
            }
        } finally { server.close(); }
    }
}
