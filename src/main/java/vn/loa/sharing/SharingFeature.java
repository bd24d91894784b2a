package vn.loa.sharing;

import org.jbake.model.DocumentModel;
import vn.loa.build.BuildProblems;
import vn.loa.build.SiteFeature;
import vn.loa.build.SiteInfo;
import vn.loa.build.SiteModel;
import vn.loa.build.SiteOutput;
import vn.loa.content.ContentType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reach: a share card PNG for every article, event and infographic (and a site-wide default card),
 * the data the Open Graph tags read ({@code content.shareCard}, {@code defaultShareCard}), and a QR
 * code file beside every page for the print view. The tags, share controls and print block themselves
 * are in templates/partials/head-extra.ftl, after-article.ftl and before-header.ftl.
 */
public final class SharingFeature implements SiteFeature {
    /** Content types that get a card of their own; other pages show the default card. */
    static final Set<String> CARD_TYPES = Set.of("post", "event", "infographic");
    static final String DEFAULT_CARD_URL = "/" + ShareCards.FILE_NAME;

    private final List<ShareCards.Card> cards = new ArrayList<>();

    @Override
    public void prepare(SiteModel site, BuildProblems problems) {
        cards.clear();
        SiteInfo info = site.info();
        for (DocumentModel doc : site.documents()) {
            if (!CARD_TYPES.contains(doc.getType())) {
                continue;
            }
            String url = doc.get("url") + ShareCards.FILE_NAME;
            String label = site.context().types().find(doc.getType()).map(ContentType::label).orElse("").toUpperCase(Locale.ROOT);
            String footer = doc.get("unit") + " · " + doc.get("dateText");
            Object cover = doc.get("cover");
            Path coverFile = cover == null ? null : site.context().validator().resolveLocal(String.valueOf(cover));
            cards.add(new ShareCards.Card(url.substring(1), new ShareCardPainter.Text(info.name(), label, doc.getTitle(), footer), coverFile));
            doc.put("shareCard", cardModel(url, doc.getTitle() + ". " + footer + "."));
        }
        cards.add(new ShareCards.Card(DEFAULT_CARD_URL.substring(1),
            new ShareCardPainter.Text(info.name(), "TRANG THÔNG TIN", info.description(), info.unit()), null));
        site.globals().put("defaultShareCard", cardModel(DEFAULT_CARD_URL, info.name() + ": " + info.description()));
    }

    /** Runs last among the features: the QR codes are made for every page already in the output. */
    @Override
    public void render(SiteModel site, SiteOutput output) {
        ShareCards.writeAll(cards, output);
        PrintQrCodes.writeAll(output, site.info().baseUrl());
    }

    /** What head-extra.ftl reads for og:image: site path, size and alt text. */
    static Map<String, Object> cardModel(String url, String alt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("width", ShareCardPainter.WIDTH);
        m.put("height", ShareCardPainter.HEIGHT);
        m.put("alt", alt);
        return m;
    }
}
