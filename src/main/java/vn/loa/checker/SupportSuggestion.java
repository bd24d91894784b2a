package vn.loa.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.support.SupportDirectory;
import vn.loa.support.SupportService;

/**
 * G7's suggestion for one page, from the site's support directory ({@code data/ho-tro.yml}): on a page
 * about violence against a child the child line (111) comes first, then the lines for adults; on any
 * other page only the lines for adults (1900 969 680, 1800 1768, 113 and the local services shown in
 * the support box), so an adult in danger is never sent to a children's hotline first. Numbers are
 * copied as the data file writes them, never rewritten.
 */
final class SupportSuggestion {
    private static final int MAX_LOCAL = 2;

    private final SupportDirectory directory;

    /** @param directory the site's directory, or null: then the G7 rule's written suggestion is used */
    SupportSuggestion(SupportDirectory directory) {
        this.directory = directory;
    }

    /** The suggestion for a page, or null for the rule's own. */
    String forPage(boolean child) {
        if (directory == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (child) {
            directory.services().stream().filter(SupportSuggestion::forChildren).map(SupportSuggestion::line).forEach(lines::add);
        }
        directory.services().stream().filter(s -> s.national() && !forChildren(s)).map(SupportSuggestion::line)
                .forEach(lines::add);
        directory.services().stream().filter(s -> !s.national() && s.inBox()).limit(MAX_LOCAL).map(SupportSuggestion::line)
                .forEach(lines::add);
        if (lines.isEmpty()) {
            return null;
        }
        return "Thêm hộp hỗ trợ hoặc một câu chỉ nơi giúp đỡ: \"Nếu bạn hoặc người thân bị bạo lực, hãy gọi "
                + String.join("; ", lines) + ".\"";
    }

    /** The national child line: 111, or a service the data file names for children. */
    static boolean forChildren(SupportService s) {
        return s.dial().equals("111") || s.name().toLowerCase(Locale.ROOT).contains("trẻ em");
    }

    private static String line(SupportService s) {
        StringBuilder sb = new StringBuilder(s.name()).append(' ').append(s.number());
        List<String> notes = new ArrayList<>();
        if (s.free()) {
            notes.add("miễn phí");
        }
        if (s.hours() != null && s.hours().length() <= 12) {
            notes.add(s.hours());
        }
        if (!notes.isEmpty()) {
            sb.append(" (").append(String.join(", ", notes)).append(')');
        }
        return sb.toString();
    }
}
