package vn.loa.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.Token;
import vn.loa.text.VietText;

/**
 * G9: every content image needs a text alternative. Missing alt (or an empty alt on an image not
 * marked decorative) is an error; an alt that says nothing — a file name, "ảnh minh họa" — a warning.
 */
final class ImageChecker {
    static final String MISSING = "G9-thieu-alt";
    static final String MEANINGLESS = "G9-alt-vo-nghia";
    static final String STEREOTYPED = "G9-anh-dinh-kien";
    static final String IDENTIFYING = "G9-anh-lo-danh-tinh";
    private static final String MEANINGLESS_LIST = "meaningless_alt";
    private static final String FILLER_LIST = "alt_filler_words";
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)^\\S+\\.(jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)$|^(img|dsc|dscn|dcim|image|photo|pic|screenshot|anh|hinh)[-_ ]?\\d+\\S*$");

    private final RuleSet rules;
    private final Set<String> meaningless;
    private final Set<String> filler;

    ImageChecker(RuleSet rules) {
        this.rules = rules;
        this.meaningless = rules.lexicon().keys(MEANINGLESS_LIST);
        this.filler = rules.lexicon().keys(FILLER_LIST);
    }

    /**
     * An image that identifies a victim (G6 in its alt or caption: the reader sees who it is) or whose
     * alt text describes it through a stereotype (G1, G5) is also an image problem (G9). A visible
     * caption with a stereotype is a text problem like any sentence and keeps its own group only.
     * One companion finding per block.
     */
    List<RawFinding> companions(TextBlock block, List<RawFinding> found) {
        if (block.scope() != Scope.ALT && block.scope() != Scope.CAPTION) {
            return List.of();
        }
        boolean alt = block.scope() == Scope.ALT;
        RawFinding identifying = null;
        RawFinding stereotyped = null;
        for (RawFinding f : found) {
            if (!f.severity().atLeast(Severity.WARNING)) {
                continue;
            }
            String g = f.rule().group();
            if (g.equals("G6") && identifying == null) {
                identifying = f;
            } else if (alt && (g.equals("G1") || g.equals("G5")) && stereotyped == null) {
                stereotyped = f;
            }
        }
        RawFinding basis = identifying != null ? identifying : stereotyped;
        Rule rule = rules.rule(identifying != null ? IDENTIFYING : STEREOTYPED);
        if (basis == null || rule == null) {
            return List.of();
        }
        return List.of(new RawFinding(rule, rule.severity(), block, basis.start(), basis.end(), basis.text(),
                basis.context(), rule.message()));
    }

    /** Findings with the suppressions of the image's position, so block suppressions reach images too. */
    List<LocatedFinding> find(List<Page.ImageRef> images) {
        List<LocatedFinding> out = new ArrayList<>();
        for (Page.ImageRef img : images) {
            String alt = img.alt();
            if (alt == null || alt.isBlank()) {
                if (img.decorative() && alt != null) {
                    continue;
                }
                add(out, MISSING, img, img.src(), alt == null ? "Ảnh không có thuộc tính alt." : "Ảnh có alt rỗng nhưng không được đánh dấu là ảnh trang trí.");
            } else if (isMeaningless(alt, img.src())) {
                add(out, MEANINGLESS, img, alt, "Văn bản thay thế: \"" + alt.trim() + "\"");
            }
        }
        return out;
    }

    private void add(List<LocatedFinding> out, String ruleId, Page.ImageRef img, String text, String context) {
        Rule rule = rules.rule(ruleId);
        if (rule != null) {
            out.add(new LocatedFinding(RawFinding.onPage(rule, rule.severity(), text, context, rule.message()), img.suppressions()));
        }
    }

    private boolean isMeaningless(String alt, String src) {
        String trimmed = VietText.clean(alt).trim();
        if (FILE_NAME.matcher(trimmed).matches() || meaningless.contains(VietText.key(trimmed)) || onlyFiller(trimmed)) {
            return true;
        }
        String file = src == null ? "" : src.substring(src.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return !file.isEmpty() && trimmed.toLowerCase(Locale.ROOT).equals(file);
    }

    /** "Ảnh minh họa. Nguồn: Internet": nothing but filler words, credits and numbers. */
    private boolean onlyFiller(String alt) {
        List<Token> tokens = SyllableTokenizer.tokenize(alt);
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.numeric() || filler.contains(t.key()));
    }
}
