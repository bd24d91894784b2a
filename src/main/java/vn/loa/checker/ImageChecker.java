package vn.loa.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.loa.text.VietText;

/**
 * G9: every content image needs a text alternative. Missing alt (or an empty alt on an image not
 * marked decorative) is an error; an alt that says nothing — a file name, "ảnh minh họa" — a warning.
 */
final class ImageChecker {
    static final String MISSING = "G9-thieu-alt";
    static final String MEANINGLESS = "G9-alt-vo-nghia";
    private static final String MEANINGLESS_LIST = "meaningless_alt";
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)^\\S+\\.(jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)$|^(img|dsc|dscn|dcim|image|photo|pic|screenshot|anh|hinh)[-_ ]?\\d+\\S*$");

    private final RuleSet rules;
    private final Set<String> meaningless;

    ImageChecker(RuleSet rules) {
        this.rules = rules;
        this.meaningless = rules.lexicon().keys(MEANINGLESS_LIST);
    }

    /** Findings with the suppressions of the image's position, so block suppressions reach images too. */
    List<Located> find(List<Page.ImageRef> images) {
        List<Located> out = new ArrayList<>();
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

    private void add(List<Located> out, String ruleId, Page.ImageRef img, String text, String context) {
        Rule rule = rules.rule(ruleId);
        if (rule != null) {
            out.add(new Located(RawFinding.onPage(rule, rule.severity(), text, context, rule.message()), img.suppressions()));
        }
    }

    private boolean isMeaningless(String alt, String src) {
        String trimmed = VietText.clean(alt).trim();
        if (FILE_NAME.matcher(trimmed).matches() || meaningless.contains(VietText.key(trimmed))) {
            return true;
        }
        String file = src == null ? "" : src.substring(src.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return !file.isEmpty() && trimmed.toLowerCase(Locale.ROOT).equals(file);
    }

    /** A page-level finding plus the suppressions in force where it was found. */
    record Located(RawFinding finding, List<Suppression> suppressions) {
    }
}
