package vn.loa.content;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import vn.loa.content.plain.PlainAsciidoc;
import vn.loa.content.safety.ConfinedIncludes;

import java.nio.file.Path;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * JBake markup engine for AsciiDoc that parses each file once.
 *
 * <p>JBake's own engine reads the document header with a separate Asciidoctor pass and then converts
 * the whole file again; on a large archive that doubles the dominant cost of a build. This engine
 * loads the document once, takes the header attributes from the loaded document and converts it.
 * It also captures Asciidoctor's warnings (a missing include, for instance) per file and per thread,
 * so the crawler can turn them into build errors instead of log lines nobody reads.
 *
 * <p>Plain-prose documents (see {@link PlainAsciidoc}) are converted without Asciidoctor, to the same
 * bytes: a site made only of them never starts JRuby.
 */
public final class LoaAsciidoctorEngine extends MarkupEngine {
    private static final String JBAKE_PREFIX = "jbake-";
    private static final ThreadLocal<Document> LOADED = new ThreadLocal<>();
    private static final ThreadLocal<String> PLAIN_HTML = new ThreadLocal<>();
    private static final ThreadLocal<Prepared> PREPARED = new ThreadLocal<>();
    /**
     * Site-wide Asciidoctor attributes that cannot change how plain prose converts. Any other one
     * (sectnums, idprefix, hardbreaks, icons: admonitions are converted plain…) sends every document to Asciidoctor.
     */
    private static final Set<String> HARMLESS_SITE_ATTRIBUTES = Set.of(
        "source-highlighter", "highlightjs-theme", "rouge-style", "coderay-css", "imagesdir");
    /**
     * Attributes that would let a page read from the network or the disk (a URL include or image read at build
     * time, images inlined as data). They stay off whatever jbake.properties or an article says.
     */
    private static final Set<String> LOCKED_ATTRIBUTES = Set.of("allow-uri-read", "data-uri");
    private static final ThreadRecords<LogRecord> WARNINGS = new ThreadRecords<>();

    /** A conversion made by the crawler, with the lines it was made from. */
    private record Prepared(List<String> lines, PlainAsciidoc.Converted converted) {
    }

    /** The settings last asked about and the answer: one build asks once per file, always with the same ones. */
    private static volatile Map.Entry<JBakeConfiguration, Boolean> plainAllowedFor;

    /** Starting JRuby takes seconds: one instance per JVM, started in the background on first need. */
    private static volatile CompletableFuture<Asciidoctor> shared;

    private final Supplier<Asciidoctor> asciidoctor;
    private final boolean plainPath;

    public LoaAsciidoctorEngine() {
        this(true);
    }

    /** @param plainPath false sends every document to Asciidoctor (tests compare the two ways) */
    public LoaAsciidoctorEngine(boolean plainPath) {
        this.asciidoctor = () -> start().join();
        this.plainPath = plainPath;
    }

    /**
     * The document converted without Asciidoctor, when it is plain prose and this site's settings allow it;
     * else null. The crawler asks while checking headers, so JRuby starts only when some document needs it,
     * and hands the result back through {@link #parseWithPlainResult} so the document is not converted twice.
     *
     * @param bodyLines the lines Asciidoctor would see (after a JBake header, or the whole file)
     */
    public static PlainAsciidoc.Converted convertWithoutAsciidoctor(List<String> bodyLines, JBakeConfiguration config) {
        return plainAllowed(config) ? PlainAsciidoc.convert(bodyLines) : null;
    }

    /**
     * Runs a JBake parse on this thread with the file's plain conversion already made (null: none). It is used
     * only if JBake hands the engine the same lines (JBake reads the file itself, without NFC).
     */
    public static <T> T parseWithPlainResult(List<String> bodyLines, PlainAsciidoc.Converted converted, Supplier<T> parse) {
        PREPARED.set(converted == null ? null : new Prepared(bodyLines, converted));
        try {
            return parse.get();
        } finally {
            PREPARED.remove();
        }
    }

    private static boolean plainAllowed(JBakeConfiguration config) {
        Map.Entry<JBakeConfiguration, Boolean> known = plainAllowedFor;
        if (known != null && known.getKey() == config) {
            return known.getValue();
        }
        boolean allowed = true;
        for (String entry : config.getAsciidoctorAttributes()) {
            String name = entry.split("=", 2)[0].trim();
            allowed &= name.isEmpty() || HARMLESS_SITE_ATTRIBUTES.contains(name);
        }
        plainAllowedFor = Map.entry(config, allowed);
        return allowed;
    }

    /** Starts Asciidoctor (once per JVM) without waiting for it. */
    public static synchronized CompletableFuture<Asciidoctor> start() {
        if (shared == null) {
            shared = CompletableFuture.supplyAsync(() -> {
                Asciidoctor instance = Asciidoctor.Factory.create();
                // Every include goes through Loa: only files inside content/ (see IncludeTargets).
                instance.javaExtensionRegistry().includeProcessor(new ConfinedIncludes());
                // The handler runs on the thread that converts, so each file's warnings stay with that file.
                instance.registerLogHandler(record -> {
                    if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                        WARNINGS.add(record);
                    }
                });
                return instance;
            });
        }
        return shared;
    }

    /** Warnings Asciidoctor raised on this thread since the last call; clears them. */
    public static List<LogRecord> drainWarnings() {
        return WARNINGS.drain();
    }

    @Override
    public void processHeader(ParserContext context) {
        // JBake skips processBody for a file without type or status: forget what the last header left.
        PLAIN_HTML.remove();
        LOADED.remove();
        List<String> body = bodyLines(context);
        if (plainPath && plainAllowed(context.getConfig())) {
            Prepared prepared = PREPARED.get();
            PlainAsciidoc.Converted plain = prepared != null && prepared.lines().equals(body)
                ? prepared.converted() : PlainAsciidoc.convert(body);
            if (plain != null) {
                PLAIN_HTML.set(plain.html());
                applyHeader(context, plain.title(), plain.attributes());
                return;
            }
        }
        Document document = load(text(body), context);
        LOADED.set(document);
        applyHeader(context, document.getDoctitle(), document.getAttributes());
    }

    private static void applyHeader(ParserContext context, String doctitle, Map<String, ?> attributes) {
        if (doctitle != null) {
            context.getDocumentModel().setTitle(doctitle);
        }
        for (Map.Entry<String, ?> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (key.startsWith(JBAKE_PREFIX) && attribute.getValue() instanceof String value) {
                String name = key.substring(JBAKE_PREFIX.length());
                if (name.equals("tags")) {
                    context.setTags(value.split(","));
                } else if (!name.equals("date")) {
                    // type and status must be set here: JBake drops a document without them.
                    // The date is set by Loa's crawler from the strictly checked header.
                    context.getDocumentModel().put(name, value.trim());
                }
            }
        }
    }

    @Override
    public void processBody(ParserContext context) {
        String plain = PLAIN_HTML.get();
        if (plain != null) {
            PLAIN_HTML.remove();
            context.setBody(plain);
            return;
        }
        Document document = LOADED.get();
        LOADED.remove();
        if (document == null) {
            document = load(context.getBody(), context);
        }
        // Inline styles (column widths) are removed with the rest in DocumentFacts.tidyBody.
        context.setBody(document.convert());
    }

    /** Includes are read while the document loads: that is when they must be confined to content/. */
    private Document load(String text, ParserContext context) {
        Path contentDir = context.getConfig().getContentFolder().toPath();
        return ConfinedIncludes.within(contentDir, () -> asciidoctor.get().load(text, options(context)));
    }

    private static String text(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** The lines Asciidoctor should see: after a JBake key=value header, or the whole file (its own header). */
    private static List<String> bodyLines(ParserContext context) {
        List<String> lines = context.getFileLines();
        int start = 0;
        if (context.hasHeader()) {
            int separator = lines.indexOf(context.getConfig().getHeaderSeparator());
            start = separator < 0 ? 0 : separator + 1;
        }
        return lines.subList(start, lines.size());
    }

    private static Options options(ParserContext context) {
        JBakeConfiguration config = context.getConfig();
        // Asciidoctor's labels default to English ("Figure 1.", "Note"); citizens read Vietnamese.
        AttributesBuilder attributes = Attributes.builder()
            .attribute("lang", "vi")
            .attribute("figure-caption", "Hình")
            .attribute("table-caption", "Bảng")
            .attribute("example-caption", "Ví dụ")
            .attribute("listing-caption", "Đoạn")
            .attribute("note-caption", PlainAsciidoc.ADMONITION_CAPTIONS.get("NOTE"))
            .attribute("tip-caption", PlainAsciidoc.ADMONITION_CAPTIONS.get("TIP"))
            .attribute("important-caption", PlainAsciidoc.ADMONITION_CAPTIONS.get("IMPORTANT"))
            .attribute("warning-caption", PlainAsciidoc.ADMONITION_CAPTIONS.get("WARNING"))
            .attribute("caution-caption", PlainAsciidoc.ADMONITION_CAPTIONS.get("CAUTION"))
            .attribute("appendix-caption", "Phụ lục")
            .attribute("toc-title", "Mục lục")
            .attribute("untitled-label", "Không có tiêu đề")
            .attribute("idprefix", "")
            .attribute("idseparator", "-")
            .attribute("showtitle!", "")
            .attribute("sectanchors!", "");
        for (String entry : config.getAsciidoctorAttributes()) {
            int eq = entry.indexOf('=');
            String name = (eq > 0 ? entry.substring(0, eq) : entry).trim();
            if (LOCKED_ATTRIBUTES.contains(name.replace("!", ""))) {
                continue;
            }
            if (eq > 0) {
                attributes.attribute(name, entry.substring(eq + 1).trim());
            } else if (!entry.isBlank()) {
                attributes.attribute(name, "");
            }
        }
        // Set through the API, so neither jbake.properties nor a document can turn them back on.
        for (String locked : LOCKED_ATTRIBUTES) {
            attributes.attribute(locked + "!", "");
        }
        // SAFE: no file outside the document's folder, no docinfo, no user-home; includes are Loa's own anyway.
        return Options.builder()
            .safe(SafeMode.SAFE)
            .baseDir(context.getFile().getParentFile().getAbsoluteFile())
            .attributes(attributes.build())
            .build();
    }
}
