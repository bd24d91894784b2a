package vn.loa.checker;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;
import vn.loa.text.RegexSpace;

/**
 * Turns HTML into a {@link Page}: text blocks by scope, images, and suppression directives.
 * Chrome (site header, navigation, footer, {@code data-loa-check="skip"}, {@code aria-hidden}) is not
 * checked; its text still counts when looking for support information (G7).
 */
final class PageExtractor {
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
            "strong", "sub", "sup", "time", "u", "var", "wbr", "img", "picture", "source");
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
            "math", "iframe", "object", "canvas", "video", "audio", "select", "option", "button", "input",
            "textarea", "head");
    private static final Set<String> LEAD_CLASSES = Set.of("lead", "summary", "sapo", "tom-tat");
    private static final Set<String> CAPTION_CLASSES = Set.of("caption", "chu-thich", "image-caption");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Page.ImageRef> images = new ArrayList<>();
    private final List<Suppression> directives = new ArrayList<>();
    private final List<Suppression> pageSuppressions = new ArrayList<>();
    private final Map<Element, List<Suppression>> attached = new IdentityHashMap<>();
    private final List<Suppression> openRanges = new ArrayList<>();
    private final Set<Comment> handled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private Suppression pending;

    static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        return new PageExtractor().run(doc);
    }

    private Page run(Document doc) {
        Landmarks landmarks = Landmarks.of(doc);
        addHeadlines(doc, landmarks.headlines());
        readPageMeta(landmarks.suppressionMetas());
        doc.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return visit(node);
            }
        });
        markLead();
        Supplier<TextBlock> whole = () -> new TextBlock(Scope.BODY, doc.body().text(), List.of());
        return new Page(List.copyOf(blocks), List.copyOf(images), whole, landmarks.supportBox(), List.copyOf(pageSuppressions),
                List.copyOf(directives), landmarks.tags());
    }

    /**
     * The elements the page-level checks look for, found in one walk over the document rather than
     * one jsoup query (one walk) each: h1s in the body, {@code <meta name="loa-bo-qua">} anywhere,
     * and whether a {@code .support-box} has text. Matched with the evaluators those queries use.
     */
    private record Landmarks(List<Element> headlines, List<Element> suppressionMetas, boolean supportBox, List<String> tags) {
        private static final Evaluator H1 = new Evaluator.Tag("h1");
        private static final Evaluator TAG_LIST = new Evaluator.Class("tag-list");
        private static final Evaluator PAGE_SUPPRESSION = new Evaluator.AttributeWithValue("name", "loa-bo-qua");
        private static final Evaluator SUPPORT_BOX = new Evaluator.Class("support-box");

        static Landmarks of(Document doc) {
            Element body = doc.body();
            List<Element> headlines = new ArrayList<>();
            List<Element> metas = new ArrayList<>();
            boolean[] supportBox = {false};
            List<String> tags = new ArrayList<>();
            doc.traverse(new NodeVisitor() {
                private boolean inBody;

                @Override
                public void head(Node node, int depth) {
                    if (!(node instanceof Element el)) {
                        return;
                    }
                    inBody |= el == body;
                    if (inBody && H1.matches(body, el)) {
                        headlines.add(el);
                    }
                    if (PAGE_SUPPRESSION.matches(doc, el)) {
                        metas.add(el);
                    }
                    if (isTagMeta(el)) {
                        tags.add(el.attr("content"));
                    } else if (inBody && TAG_LIST.matches(doc, el)) {
                        el.children().forEach(li -> tags.add(li.text()));
                    }
                    if (!supportBox[0] && SUPPORT_BOX.matches(doc, el) && !el.text().isBlank()) {
                        supportBox[0] = true;
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node == body) {
                        inBody = false;
                    }
                }
            });
            return new Landmarks(headlines, metas, supportBox[0], List.copyOf(tags));
        }

        /** {@code <meta name="keywords">} and {@code <meta property="article:tag">}. */
        private static boolean isTagMeta(Element el) {
            return el.normalName().equals("meta") && !el.attr("content").isBlank()
                    && (el.attr("name").equalsIgnoreCase("keywords") || el.attr("property").equals("article:tag"));
        }
    }

    private void addHeadlines(Document doc, List<Element> h1s) {
        for (Element h1 : h1s) {
            if (!insideChrome(h1)) {
                blocks.add(new TextBlock(Scope.HEADLINE, h1.text(), List.of()));
            }
        }
        Element title = doc.head().getElementsByTag("title").first();
        if (title != null && !title.text().isBlank()) {
            blocks.add(new TextBlock(Scope.HEADLINE, title.text(), List.of()));
        }
        for (Element meta : doc.head().getElementsByTag("meta")) {
            if (meta.attr("property").equals("og:title") && !meta.attr("content").isBlank()) {
                blocks.add(new TextBlock(Scope.HEADLINE, meta.attr("content"), List.of()));
                break;
            }
        }
    }

    private void readPageMeta(List<Element> metas) {
        for (Element meta : metas) {
            Suppression s = Suppression.parse(Suppression.Kind.PAGE, meta.attr("content"), "cả trang");
            directives.add(s);
            pageSuppressions.add(s);
        }
    }

    private NodeFilter.FilterResult visit(Node node) {
        if (node instanceof Comment comment) {
            readComment(comment);
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return NodeFilter.FilterResult.CONTINUE;
        }
        String tag = el.normalName();
        if (NEVER_TEXT.contains(tag) || isChrome(el)) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (pending != null) {
            attach(el, pending, describe(el));
            pending = null;
        }
        if (tag.equals("img")) {
            addImage(el);
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (tag.equals("h1") || INLINE.contains(tag)) {
            return NodeFilter.FilterResult.CONTINUE; // h1 is a headline; inline text belongs to its block
        }
        String own = ownText(el);
        if (!own.isBlank()) {
            attachInlineDirectives(el);
            blocks.add(new TextBlock(scopeOf(el), own, suppressionsFor(el)));
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    /**
     * AsciiDoc's {@code pass:[<!-- loa-bo-qua: ... -->]} puts the comment inside the paragraph it
     * silences; the paragraph is read before its children are visited, so look inside first.
     */
    private void attachInlineDirectives(Element block) {
        attachInlineDirectives(block, block);
    }

    private void attachInlineDirectives(Element block, Element current) {
        for (Node child : current.childNodes()) {
            if (child instanceof Comment c) {
                Suppression s = Suppression.fromComment(c.getData());
                if (s != null && s.kind() == Suppression.Kind.BLOCK) {
                    attach(block, s, describe(block));
                    handled.add(c);
                }
            } else if (child instanceof Element e && INLINE.contains(e.normalName())) {
                attachInlineDirectives(block, e);
            }
        }
    }

    private void readComment(Comment comment) {
        Suppression s = Suppression.fromComment(comment.getData());
        if (s == null || handled.contains(comment)) {
            return;
        }
        if (s.isRangeEnd()) {
            if (!openRanges.isEmpty()) {
                openRanges.remove(openRanges.size() - 1);
            }
            return;
        }
        if (s.kind() == Suppression.Kind.RANGE) {
            Suppression range = s.at("đoạn bắt đầu trước: " + preview(nextText(comment)));
            directives.add(range);
            openRanges.add(range);
            return;
        }
        pending = s;
    }

    private void attach(Element el, Suppression s, String where) {
        Suppression placed = s.at(where);
        directives.add(placed);
        attached.computeIfAbsent(el, k -> new ArrayList<>()).add(placed);
    }

    private List<Suppression> suppressionsFor(Element el) {
        List<Suppression> out = new ArrayList<>(openRanges);
        for (Element e = el; e != null; e = e.parent()) {
            List<Suppression> s = attached.get(e);
            if (s != null) {
                out.addAll(s);
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    private void addImage(Element img) {
        String alt = img.hasAttr("alt") ? img.attr("alt") : null;
        List<Suppression> sup = suppressionsFor(img);
        images.add(new Page.ImageRef(img.attr("src"), alt, isDecorative(img), sup));
        if (alt != null && !alt.isBlank()) {
            blocks.add(new TextBlock(Scope.ALT, alt, sup));
        }
    }

    /** {@code alt=""} plus an explicit decorative marking on the image or a container. */
    private static boolean isDecorative(Element img) {
        for (Element e = img; e != null; e = e.parent()) {
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if (role.equals("presentation") || role.equals("none") || e.attr("aria-hidden").equals("true")
                    || e.hasAttr("data-loa-decorative")) {
                return true;
            }
            for (String cls : e.classNames()) {
                String c = cls.toLowerCase(Locale.ROOT);
                if (c.contains("decor") || c.contains("trang-tri")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Chrome is pruned when first met, so only the element itself is tested here (an ancestor walk
     * happens only for header/footer, which are content when inside main or article).
     */
    private static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (tag.equals("nav") || e.attr("data-loa-check").equalsIgnoreCase("skip")
                || e.attr("aria-hidden").equalsIgnoreCase("true") || e.hasAttr("hidden")) {
            return true;
        }
        if (tag.equals("header") || tag.equals("footer")) {
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (a.normalName().equals("main") || a.normalName().equals("article")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** For elements reached without the pruning traversal (h1 found by tag). */
    private static boolean insideChrome(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (isChrome(e)) {
                return true;
            }
        }
        return false;
    }

    private Scope scopeOf(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.normalName().equals("figcaption") || hasAnyClass(e, CAPTION_CLASSES)) {
                return Scope.CAPTION;
            }
            if (hasAnyClass(e, LEAD_CLASSES)) {
                return Scope.LEAD;
            }
        }
        return Scope.BODY;
    }

    /**
     * Runs for every ancestor of every block, so it reads the class attribute in place instead of
     * through {@code classNames()}, which splits with a regex into a new set each time. Same answer:
     * class names split on the whitespace jsoup splits on, compared in lower case.
     */
    private static boolean hasAnyClass(Element e, Set<String> classes) {
        String names = e.className();
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || RegexSpace.is(names.charAt(i))) {
                if (i > start && classes.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Without an explicit lead (.lead, .summary, .sapo), the first body paragraph is the lead. */
    private void markLead() {
        for (TextBlock b : blocks) {
            if (b.scope() == Scope.LEAD) {
                return;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.scope() == Scope.BODY && b.tokens().size() >= 8) {
                blocks.set(i, b.withScope(Scope.LEAD));
                return;
            }
        }
    }

    /** Text of the element and its inline descendants; nested blocks are their own blocks. */
    private static String ownText(Element el) {
        StringBuilder sb = new StringBuilder();
        appendOwn(el, sb);
        return sb.toString();
    }

    private static void appendOwn(Element el, StringBuilder sb) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    sb.append('\n');
                } else if (INLINE.contains(tag) && !NEVER_TEXT.contains(tag) && !isChrome(c)) {
                    appendOwn(c, sb);
                } else {
                    sb.append(' ');
                }
            }
        }
    }

    private static String nextText(Node node) {
        for (Node n = node.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element e && !e.text().isBlank()) {
                return e.text();
            }
        }
        return "";
    }

    private static String describe(Element el) {
        return el.normalName() + ": " + preview(el.text());
    }

    private static String preview(String text) {
        String t = text.trim();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }
}
