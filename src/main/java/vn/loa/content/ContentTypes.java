package vn.loa.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The content types a site accepts; a file of any other type stops the build with a message. */
public final class ContentTypes {
    private final Map<String, ContentType> byType = new LinkedHashMap<>();

    public ContentTypes register(ContentType type) {
        byType.put(type.type(), type);
        return this;
    }

    public Optional<ContentType> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Collection<ContentType> all() {
        return byType.values();
    }

    /** "post (bài viết), page (trang), ..." for messages. */
    public String describe() {
        return byType.values().stream().map(t -> t.type() + " (" + t.label() + ")").collect(Collectors.joining(", "));
    }

    /** Articles and standalone pages; features register the rest. */
    public static ContentTypes basic() {
        return new ContentTypes()
            .register(new SimpleContentType("post", "bài viết", "bai-viet"))
            .register(new SimpleContentType("page", "trang", ""));
    }

    /** A type with no keys of its own. */
    public record SimpleContentType(String type, String label, String section) implements ContentType {
    }
}
