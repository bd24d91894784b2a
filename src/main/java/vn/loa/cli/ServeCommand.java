package vn.loa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.build.BuildOptions;
import vn.loa.build.FailureText;
import vn.loa.build.OutputLock;
import vn.loa.build.SiteInfo;
import vn.loa.preview.PreviewSession;
import vn.loa.preview.SourceWatcher;
import vn.loa.preview.StaticSiteServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code loa serve}: preview on 127.0.0.1 with drafts shown, rebuilt whenever a source file changes. */
@Command(name = "serve", description = "Xem trước trang web trên máy này (http://127.0.0.1:8820/), có cả bản nháp; tự dựng lại khi tệp thay đổi.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--source", description = "Thư mục nội dung. Mặc định: thư mục hiện tại.")
    Path source = Path.of(".");

    @Option(names = "--output", description = "Thư mục cho bản xem trước (không phải bản đăng). Mặc định: target/preview.")
    Path output = Path.of("target", "preview");

    @Option(names = "--port", description = "Cổng. Mặc định: 8820.")
    int port = 8820;

    @Option(names = "--verbose", description = "In chi tiết kỹ thuật (stack trace) khi có lỗi, cho người phát triển.")
    boolean verbose;

    @Override
    public Integer call() {
        // Drafts are shown in the preview only; the preview goes to its own folder, never to target/public.
        BuildOptions options = BuildOptions.of(source, output).withDrafts(true).withCacheDir(null);
        // Held for the whole session: no build can write into the preview's folder, nor the preview into a build's.
        try (OutputLock lock = OutputLock.acquire(options.output(), OutputLock.Owner.PREVIEW, Duration.ZERO, null)) {
            PreviewSession session = new PreviewSession(options, System.out).servedAt("http://127.0.0.1:" + port).verbose(verbose);
            session.deleteLeftovers();
            session.rebuild();
            String basePath = basePath(options);
            try (StaticSiteServer server = new StaticSiteServer(options.output(), port, basePath, session::lastFailure);
                 SourceWatcher watcher = new SourceWatcher(options.source())) {
                server.start();
                System.out.println("Xem trước tại http://127.0.0.1:" + server.port() + basePath + "/ (Ctrl+C để dừng).");
                watcher.run(session::rebuild);
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            System.err.println("Loa: KHÔNG mở được bản xem trước: " + FailureText.describe(e));
            if (verbose) {
                e.printStackTrace(System.err);
            }
            return 2;
        }
    }

    private static String basePath(BuildOptions options) {
        try {
            var config = new org.jbake.app.configuration.JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(options.source().toFile(), options.output().toFile(), false);
            return SiteInfo.from(config).basePath();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
