package vn.loa.scaffold;

/**
 * One header line of a new document and the note that tells the officer what to put there.
 *
 * @param key   header key without the AsciiDoc {@code jbake-} prefix
 * @param value pre-filled value, possibly empty
 * @param hint  Vietnamese guidance shown as a comment above the line (AsciiDoc) or in the note block (Markdown)
 */
public record SkeletonField(String key, String value, String hint) {
}
