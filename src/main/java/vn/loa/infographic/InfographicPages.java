package vn.loa.infographic;

import org.jbake.model.DocumentModel;
import vn.loa.build.SiteModel;
import vn.loa.build.SiteOutput;
import vn.loa.graphics.QrSvg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the PNGs, the print views (A4 and A5) and the /infographic/ index. */
final class InfographicPages {
    static final String INDEX_URL = "/infographic/";

    private InfographicPages() {
    }

    static void render(SiteModel site, SiteOutput output, List<InfographicFeature.Prepared> prepared) {
        for (InfographicFeature.Prepared p : prepared) {
            Infographic i = p.infographic();
            PngCard.Text text = new PngCard.Text(site.info().name(), i.title(), i.sourceLine(), address(site));
            output.file(i.pngPath(), p.digest(), () -> p.pngOrDraw(text));
            String qr = QrSvg.of(site.info().absolute(i.url()), "Mã QR dẫn tới trang infographic này");
            printView(output, i, qr, "a4", i.printUrl(), "Bản in A4: ");
            printView(output, i, qr, "a5", i.leafletUrl(), "Tờ rơi A5: ");
        }
        List<DocumentModel> docs = site.ofType(InfographicType.TYPE);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("page", InfographicFeature.page("Infographic", "Số liệu về bình đẳng giới và phòng, chống bạo lực trên cơ sở giới, "
            + "vẽ thành hình dễ xem và dễ chia sẻ.", INDEX_URL));
        output.page(INDEX_URL, "infographic-list.ftl", vars, docs.isEmpty() ? null : (String) docs.get(0).get("isoDate"), null);
    }

    static String address(SiteModel site) {
        String host = java.net.URI.create(site.info().baseUrl() + "/").getHost();
        return host == null ? site.info().baseUrl() : host;
    }

    private static void printView(SiteOutput output, Infographic i, String qr, String paper, String url, String prefix) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("content", i.document());
        vars.put("paper", paper);
        vars.put("qrSvg", qr);
        vars.put("page", InfographicFeature.page(prefix + i.title(), (String) i.document().get("summary"), url));
        output.page(url, "infographic-print.ftl", vars, null, i.file());
    }
}
