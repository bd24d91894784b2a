package vn.loa.scaffold;

/** The markup of a new document; AsciiDoc unless the officer asks for Markdown. */
public enum ScaffoldFormat {
    ASCIIDOC("adoc"),
    MARKDOWN("md");

    private final String extension;

    ScaffoldFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
