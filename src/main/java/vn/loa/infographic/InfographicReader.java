package vn.loa.infographic;

import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.loa.build.ParsedDocument;
import vn.loa.build.SourceFile;
import vn.loa.content.ContentHeader;
import vn.loa.content.HeaderValidator;
import vn.loa.content.ProblemSink;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one infographic page beyond its header: the data table of a chart, or the picture and text
 * version of an image infographic. Problems go to the file and line they concern.
 */
final class InfographicReader {
    private final HeaderValidator files;

    InfographicReader(HeaderValidator files) {
        this.files = files;
    }

    /** @return the infographic, or null when something was reported */
    Infographic read(ParsedDocument parsed, ProblemSink problems) {
        DocumentModel doc = parsed.model();
        ContentHeader header = parsed.header();
        String title = doc.getTitle();
        String source = header.value("source").strip();
        String year = header.value("source-year").strip();
        String sourceUrl = blankToNull(header.value("source-url"));
        String slug = String.valueOf(doc.get("slug"));
        String url = String.valueOf(doc.get("url"));
        if (InfographicType.IMAGE.equals(header.value("kind").strip())) {
            return readImage(parsed, problems, title, source, year, sourceUrl, slug, url);
        }
        Chart chart = readChart(parsed, problems, title);
        if (chart == null) {
            return null;
        }
        doc.setBody(withoutFirstTable(doc.getBody()));
        return new Infographic(doc, parsed.file(), slug, url, title, source, year, sourceUrl, chart, null, null, null, null);
    }

    private Chart readChart(ParsedDocument parsed, ProblemSink problems, String title) {
        ContentHeader header = parsed.header();
        List<String> lines;
        try {
            lines = SourceFile.read(parsed.file()).lines();
        } catch (IOException e) {
            problems.report(0, "Không đọc lại được tệp: " + e.getMessage());
            return null;
        }
        boolean asciidoc = !parsed.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
        int[] reported = {0};
        ProblemSink counting = (line, message) -> {
            reported[0]++;
            problems.report(line, message);
        };
        Optional<DataTable> table = TableReader.read(lines, header.bodyStartLine(), asciidoc, counting);
        if (table.isEmpty()) {
            if (reported[0] == 0) {
                problems.report(header.bodyStartLine(), "Infographic số liệu chưa có bảng số liệu. Hãy thêm một bảng 2 cột (nhãn | giá trị) "
                    + "trong phần nội dung; xem mẫu trong docs/huong-dan-infographic.md.");
            }
            return null;
        }
        ChartKind kind = ChartKind.of(header.value("chart")).orElseThrow();
        String outOf = header.value("out-of");
        int icons = outOf == null || outOf.isBlank() ? InfographicType.DEFAULT_ICONS : Integer.parseInt(outOf.strip());
        return ChartReader.read(kind, title, table.get(), icons, problems).orElse(null);
    }

    private Infographic readImage(ParsedDocument parsed, ProblemSink problems, String title, String source, String year,
                                  String sourceUrl, String slug, String url) {
        ContentHeader header = parsed.header();
        DocumentModel doc = parsed.model();
        boolean ok = true;
        if (Jsoup.parse(doc.getBody() == null ? "" : doc.getBody()).text().isBlank()) {
            problems.report(header.bodyStartLine(), "Infographic ảnh chưa có bản chữ. Hãy viết toàn bộ nội dung của ảnh (các con số, "
                + "câu chữ, nguồn) thành chữ ở phần nội dung bên dưới phần đầu bài, cho người không xem được ảnh.");
            ok = false;
        }
        String imagePath = header.value("image").strip();
        int line = header.lineOf("image");
        BufferedImage picture = null;
        Path file = null;
        if (files.checkLocalFile(imagePath, line, "Ảnh infographic", problems)) {
            file = files.resolveLocal(imagePath);
            try {
                picture = ImageIO.read(file.toFile());
            } catch (IOException e) {
                picture = null;
            }
            if (picture == null) {
                problems.report(line, "Không đọc được ảnh \"" + imagePath + "\". Hãy lưu lại ảnh dạng PNG hoặc JPEG rồi thử lại.");
            }
        }
        if (!ok || picture == null) {
            return null;
        }
        return new Infographic(doc, parsed.file(), slug, url, title, source, year, sourceUrl, null, imagePath,
            header.value("image-alt").strip(), file, picture);
    }

    /** The officer's table becomes the page's accessible table (with caption and scopes), so the plain copy goes. */
    static String withoutFirstTable(String body) {
        if (body == null || !body.contains("<table")) {
            return body;
        }
        Document html = Jsoup.parseBodyFragment(body);
        html.outputSettings().prettyPrint(false);
        Element table = html.selectFirst("table");
        if (table != null) {
            table.remove();
        }
        return html.body().html();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
