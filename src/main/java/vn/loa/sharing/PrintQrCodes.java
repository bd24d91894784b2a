package vn.loa.sharing;

import vn.loa.build.EarlyFiles;
import vn.loa.build.Fingerprints;
import vn.loa.build.SiteOutput;
import vn.loa.build.Workers;
import vn.loa.graphics.QrSvg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The QR code of every page as a small SVG file beside it ({@code /bai-viet/x/ma-qr.svg}), shown by the
 * print-only block in before-header.ftl. A separate file keeps the ~6 KB of QR path data out of every
 * page; it is fetched only when someone prints.
 * Made after every other output, from the pages actually in the output folder, so pages of every
 * feature get one whoever renders them (SharingFeature is therefore the last feature).
 */
final class PrintQrCodes {
    static final String FILE_NAME = "ma-qr.svg";
    static final String TITLE = "Mã QR dẫn tới trang này";
    private static final String DESIGN = DesignStamp.of("/vn/loa/graphics/QrSvg.class", "/vn/loa/sharing/PrintQrCodes.class");

    private PrintQrCodes() {
    }

    static void writeAll(SiteOutput output, String baseUrl) {
        List<String> urls = folderPages(output.root());
        Workers.run(() -> urls.parallelStream().forEach(url ->
            output.file(pathOf(url), digest(baseUrl + url), () -> svg(baseUrl + url))));
    }

    /** Queues the code of a page that will exist, "/bai-viet/x/", ahead of the render (see {@link EarlyFiles}). */
    static void early(String url, String baseUrl, EarlyFiles early) {
        early.submit(pathOf(url), () -> digest(baseUrl + url), () -> svg(baseUrl + url));
    }

    private static String pathOf(String url) {
        return url.substring(1) + FILE_NAME;
    }

    private static String digest(String absoluteUrl) {
        return Fingerprints.of("print-qr", DESIGN, absoluteUrl);
    }

    private static byte[] svg(String absoluteUrl) {
        return (QrSvg.of(absoluteUrl, TITLE) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** "/bai-viet/x/" for every bai-viet/x/index.html written so far, and "/" for the home page. */
    static List<String> folderPages(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html") && Files.isRegularFile(p))
                .map(p -> "/" + root.relativize(p.getParent()).toString().replace('\\', '/'))
                .map(url -> url.equals("/") ? url : url + "/")
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
