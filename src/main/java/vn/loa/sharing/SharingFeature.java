package vn.loa.sharing;

import org.jbake.model.DocumentModel;
import vn.loa.build.BuildProblems;
import vn.loa.build.SiteContext;
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

    /**
     * Cards and the pages' QR codes depend only on header facts, so a cold bake draws them while JRuby
     * starts; render asks for each again and keeps the early file when its inputs are the same.
     */
    @Override
    public void early(List<DocumentModel> headers, SiteContext site) {
        for (DocumentModel doc : headers) {
            if (CARD_TYPES.contains(doc.getType())) {
                ShareCards.early(cardOf(doc, site), site.earlyFiles());
            }
        }
        for (DocumentModel doc : headers) {
            PrintQrCodes.early(String.valueOf(doc.get("url")), site.info().baseUrl(), site.earlyFiles());
        }
    }

    @Override
    public void prepare(SiteModel site, BuildProblems problems) {
        cards.clear();
        SiteInfo info = site.info();
        for (DocumentModel doc : site.documents()) {
            if (!CARD_TYPES.contains(doc.getType())) {
                continue;
            }
            ShareCards.Card card = cardOf(doc, site.context());
            cards.add(card);
            doc.put("shareCard", cardModel("/" + card.path(), doc.getTitle() + ". " + card.text().footer() + "."));
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

    /** A document's card: its label, title, unit and date, and its cover when it has one. */
    private static ShareCards.Card cardOf(DocumentModel doc, SiteContext site) {
        String label = site.types().find(doc.getType()).map(ContentType::label).orElse("").toUpperCase(Locale.ROOT);
        String footer = doc.get("unit") + " · " + doc.get("dateText");
        Object cover = doc.get("cover");
        Path coverFile = cover == null ? null : site.validator().resolveLocal(String.valueOf(cover));
        String path = String.valueOf(doc.get("url")).substring(1) + ShareCards.FILE_NAME;
        return new ShareCards.Card(path, new ShareCardPainter.Text(site.info().name(), label, doc.getTitle(), footer), coverFile);
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
