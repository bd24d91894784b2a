package vn.loa.infographic;

import org.jbake.model.DocumentModel;
import vn.loa.build.BuildProblems;
import vn.loa.build.ParsedDocument;
import vn.loa.build.RenderMemo;
import vn.loa.build.SiteFeature;
import vn.loa.build.SiteModel;
import vn.loa.build.SiteOutput;
import vn.loa.build.Workers;
import vn.loa.content.ContentTypes;
import vn.loa.content.ProblemSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Infographic pages: charts drawn from the page's own table (inline SVG plus the same numbers in a
 * table), or an uploaded picture with its text version; each with a 1080 × 1350 PNG to download,
 * print views (A4, and an A5 e-leaflet) with a QR code back to the page, an index and a home section.
 */
public final class InfographicFeature implements SiteFeature {
    /** How many infographics the home page shows. */
    static final int HOME_COUNT = 3;

    private volatile List<Prepared> prepared = List.of();

    /**
     * An infographic with its PNG's size (the page tells it) and the PNG itself, or null when the last
     * bake's file is reused.
     */
    record Prepared(Infographic infographic, String digest, int size, byte[] png) {
        byte[] pngOrDraw(PngCard.Text text) {
            return png != null ? png : draw(infographic, text);
        }
    }

    @Override
    public void registerTypes(ContentTypes types) {
        types.register(new InfographicType());
    }

    @Override
    public void prepare(SiteModel site, BuildProblems problems) {
        InfographicReader reader = new InfographicReader(site.context().validator());
        List<Infographic> read = new ArrayList<>();
        for (DocumentModel doc : site.ofType(InfographicType.TYPE)) {
            ParsedDocument parsed = site.context().parsed().get(String.valueOf(doc.get("sourcePath")));
            ProblemSink sink = (line, message) -> problems.error(parsed.file(), line, message);
            Infographic infographic = reader.read(parsed, sink);
            if (infographic != null) {
                read.add(infographic);
            }
        }
        if (problems.hasErrors()) {
            return;
        }
        String address = InfographicPages.address(site);
        RenderMemo memo = site.context().renderMemo();
        Path previous = site.context().options().output();
        List<Prepared> drawn = Workers.run(() -> read.parallelStream()
            .map(i -> prepare(i, new PngCard.Text(site.info().name(), i.title(), i.sourceLine(), address), memo, previous))
            .toList());
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Prepared p : drawn) {
            if (p.size() > PngCard.MAX_BYTES) {
                problems.warning(p.infographic().file(), 0, "Ảnh PNG để tải về nặng " + InfographicView.kilobytes(p.size())
                    + ", hơn mức " + InfographicView.kilobytes(PngCard.MAX_BYTES) + " nên tải chậm trên mạng yếu. Ảnh gốc có quá "
                    + "nhiều chi tiết: hãy dùng ảnh đơn giản hơn (ít màu, nền phẳng) hoặc ảnh nhỏ hơn.");
            }
            p.infographic().document().put("infographic", InfographicView.of(p.infographic(), p.size(), site.info().basePath()));
            cards.add(InfographicView.card(p.infographic()));
        }
        prepared = drawn;
        site.globals().put("infographicList", cards);
        site.globals().put("homeInfographics", cards.subList(0, Math.min(HOME_COUNT, cards.size())));
    }

    /** Draws the PNG unless the last good bake made it from the same inputs (then only its size is read). */
    private Prepared prepare(Infographic i, PngCard.Text text, RenderMemo memo, Path previous) {
        String digest = PngInputs.digest(i, text, i.imageFile());
        Path old = previous == null ? null : previous.resolve(i.pngPath());
        if (old != null && memo.unchanged(i.pngPath(), digest) && Files.isRegularFile(old)) {
            try {
                return new Prepared(i, digest, (int) Files.size(old), null);
            } catch (IOException e) {
                // unreadable: draw it again below
            }
        }
        byte[] png = draw(i, text);
        return new Prepared(i, digest, png.length, png);
    }

    static byte[] draw(Infographic infographic, PngCard.Text text) {
        return infographic.chart() != null
            ? PngCard.chart(text, ChartLayout.layout(infographic.chart()))
            : PngCard.image(text, infographic.picture());
    }

    @Override
    public void render(SiteModel site, SiteOutput output) {
        InfographicPages.render(site, output, prepared);
    }

    /** The {@code page} variable every layout needs. */
    static Map<String, Object> page(String title, String description, String url) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("description", description == null ? "" : description);
        page.put("url", url);
        page.put("type", "website");
        return page;
    }
}
