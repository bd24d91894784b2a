package vn.loa.sharing;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import vn.loa.graphics.QrSvg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code printQr(pageUrl)} in templates: writes the page's QR code as a small SVG file beside the page
 * ({@code /bai-viet/x/ma-qr.svg}) and returns its path, for the print-only block. A separate file keeps
 * the ~8 KB of QR path data out of every page; it is fetched only when someone prints.
 * Done from the template so every page of every feature gets one, whoever renders it.
 */
final class PrintQrCodes implements TemplateMethodModelEx {
    static final String FILE_NAME = "ma-qr.svg";
    static final String TITLE = "Mã QR dẫn tới trang này";

    private final Path outputRoot;
    private final String baseUrl;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    PrintQrCodes(Path outputRoot, String baseUrl) {
        this.outputRoot = outputRoot;
        this.baseUrl = baseUrl;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel url)) {
            throw new TemplateModelException("printQr(pageUrl) needs one text argument");
        }
        return qrFor(url.getAsString());
    }

    /** The QR file's site path, or "" for pages that are not folders (/404.html). */
    String qrFor(String pageUrl) throws TemplateModelException {
        if (!pageUrl.startsWith("/") || !pageUrl.endsWith("/")) {
            return "";
        }
        String path = pageUrl + FILE_NAME;
        if (written.add(path)) {
            try {
                Path file = outputRoot.resolve(path.substring(1));
                Files.createDirectories(file.getParent());
                Files.writeString(file, QrSvg.of(baseUrl + pageUrl, TITLE) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new TemplateModelException("Cannot write " + path + ": " + e.getMessage(), e);
            }
        }
        return path;
    }
}
