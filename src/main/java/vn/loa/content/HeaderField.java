package vn.loa.content;

/** One header entry as the officer wrote it, with the line it stands on so that messages can point at it. */
public record HeaderField(String key, String value, int line) {
}
