package vn.loa.scaffold;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code loa new} can create: the folder under {@code content/}, the JBake type, the URL
 * section and the names officers (Vietnamese) and developers (English) type for it.
 */
public enum ContentKind {
    POST("bai-viet", "post", "bài viết", "bai-viet", List.of("bai-viet", "baiviet", "post", "article")),
    EVENT("su-kien", "event", "sự kiện", "su-kien", List.of("su-kien", "sukien", "event")),
    INFOGRAPHIC("infographic", "infographic", "infographic", "infographic", List.of("infographic", "info")),
    PAGE("trang", "page", "trang", "", List.of("trang", "page"));

    private final String folder;
    private final String type;
    private final String label;
    private final String section;
    private final List<String> names;

    ContentKind(String folder, String type, String label, String section, List<String> names) {
        this.folder = folder;
        this.type = type;
        this.label = label;
        this.section = section;
        this.names = names;
    }

    /** Folder under content/, e.g. {@code bai-viet}. */
    public String folder() {
        return folder;
    }

    /** The header's {@code type=} value. */
    public String type() {
        return type;
    }

    /** The Vietnamese word for messages ("bài viết"). */
    public String label() {
        return label;
    }

    /** The site URL the document will have once published. */
    public String url(String slug) {
        return section.isEmpty() ? "/" + slug + "/" : "/" + section + "/" + slug + "/";
    }

    /** Accepts the Vietnamese folder name or the English alias, in any case. */
    public static Optional<ContentKind> find(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ContentKind kind : values()) {
            if (kind.names.contains(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** "bai-viet (post), su-kien (event), ..." for the refusal message. */
    public static String describeAll() {
        StringBuilder s = new StringBuilder();
        for (ContentKind kind : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(kind.folder);
            if (!kind.type.equals(kind.folder)) {
                s.append(" (").append(kind.type).append(')');
            }
        }
        return s.toString();
    }
}
