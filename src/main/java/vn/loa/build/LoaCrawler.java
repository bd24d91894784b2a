package vn.loa.build;

import org.asciidoctor.log.LogRecord;
import org.jbake.app.Crawler;
import org.jbake.app.Parser;
import org.jbake.model.DocumentModel;
import vn.loa.content.AsciidocMessages;
import vn.loa.content.CommonHeader;
import vn.loa.content.ContentHeader;
import vn.loa.content.ContentType;
import vn.loa.content.DocumentFacts;
import vn.loa.content.HeaderReader;
import vn.loa.content.HeaderValidator;
import vn.loa.content.LoaAsciidoctorEngine;
import vn.loa.content.ProblemSink;
import vn.loa.content.plain.PlainAsciidoc;
import vn.loa.content.safety.ConfinedIncludes;
import vn.loa.content.safety.ContentLimits;
import vn.loa.content.safety.EmbeddedMedia;
import vn.loa.content.safety.IncludeTargets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * JBake's crawler, made strict and parallel.
 *
 * <p>Every content file is read as UTF-8, its header checked line by line, and only then handed to
 * JBake's {@link Parser} (AsciiDoc through {@link LoaAsciidoctorEngine}, Markdown through JBake's
 * flexmark engine). Files are parsed on all cores; results are kept in file order so the output
 * never depends on thread timing. Parsed bodies are reused from {@link ParseCache} when the file
 * (and what it includes) has not changed.
 */
public class LoaCrawler extends Crawler {
    private static final Pattern IMG_SRC = Pattern.compile("<img[^>]*?\\ssrc=\"([^\"]+)\"");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[", Pattern.MULTILINE);

    private final SiteContext site;
    private final LoaContentStore store;
    private final Parser parser;
    private final ParseCache cache;

    public LoaCrawler(LoaContentStore store, SiteContext site, ParseCache cache) {
        super(store, site.config());
        this.store = store;
        this.site = site;
        this.parser = new Parser(site.config());
        this.cache = cache;
    }

    @Override
    public void crawl() {
        long start = System.nanoTime();
        List<Path> files = listContentFiles();
        // Headers first, on every file: needs no AsciiDoc engine, so it runs while JRuby starts,
        // and a broken header anywhere is reported without waiting for any body to convert.
        List<Checked> checked = Workers.run(() -> files.parallelStream().map(this::check).filter(Objects::nonNull).toList());
        site.phase("parse: headers", start);
        if (checked.stream().anyMatch(c -> c.cached() == null)) {
            startEarlyWork(checked);
        }
        // Markdown and plain AsciiDoc bodies while JRuby (if some file needs it) is starting; then the rest,
        // once the engine is up. Waiting here, outside the pool, keeps the pool at one thread per core:
        // a worker blocked on the engine would make the pool add threads that then fight over two cores.
        long withoutJRuby = System.nanoTime();
        List<ParsedDocument> parsed = Workers.run(() -> checked.parallelStream()
            .filter(c -> !c.needsAsciidoctor()).map(this::parse).filter(Objects::nonNull).toList());
        site.phase("parse: bodies without JRuby", withoutJRuby);
        List<ParsedDocument> asciidoc = List.of();
        if (checked.stream().anyMatch(Checked::needsAsciidoctor)) {
            long wait = System.nanoTime();
            LoaAsciidoctorEngine.start().join();
            site.phase("parse: waiting for JRuby", wait);
            long convert = System.nanoTime();
            // One JRuby runtime converts on every core (1,000 articles on an idle 2-core machine:
            // 5.1 s on one thread, 2.8 s on two; under heavy load from other processes two threads
            // measured slower, which is why benchmark runs report the load of other processes).
            asciidoc = Workers.run(() -> checked.parallelStream()
                .filter(Checked::needsAsciidoctor).map(this::parse).filter(Objects::nonNull).toList());
            site.phase("parse: AsciiDoc bodies", convert);
        }
        List<ParsedDocument> results = new ArrayList<>(parsed);
        results.addAll(asciidoc);
        results.sort(java.util.Comparator.comparing(ParsedDocument::sourcePath));
        rejectDuplicateUrls(results);
        site.parsed().clear();
        List<DocumentModel> models = new ArrayList<>(results.size());
        for (ParsedDocument doc : results) {
            site.parsed().put(doc.sourcePath(), doc);
            models.add(doc.model());
        }
        store.replaceAll(models);
        cache.retainOnly(site.parsed().keySet());
        site.phase("parse", start);
    }

    /**
     * Lets features make header-only files while bodies are parsed (see {@link SiteFeature#early}): on a
     * cold AsciiDoc bake that fills the core JRuby's start leaves idle. Nothing to parse, nothing to gain.
     */
    private void startEarlyWork(List<Checked> checked) {
        long start = System.nanoTime();
        List<DocumentModel> headers = new ArrayList<>(checked.size());
        for (Checked c : checked) {
            DocumentModel model = new DocumentModel();
            DocumentFacts.apply(model, c.common(), site.types().find(c.common().type()).orElseThrow().section(), c.sourcePath());
            headers.add(model);
        }
        for (SiteFeature feature : site.features()) {
            feature.early(headers, site);
        }
        site.phase("early work queued", start);
    }

    @Override
    public void crawlDataFiles() {
        long start = System.nanoTime();
        site.setData(DataFiles.read(site.dataDir(), Overrides.data(site.root()), site.problems()));
        site.phase("data", start);
    }

    private List<Path> listContentFiles() {
        Path contentDir = site.contentDir();
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(contentDir)) {
            List<Path> files = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (isHidden(contentDir, file) || file.startsWith(contentDir.resolve(IncludeTargets.INCLUDES_FOLDER))) {
                    continue; // pieces for include::, never pages of their own
                }
                String ext = ContentFiles.extension(file);
                if (ContentFiles.CONTENT.contains(ext)) {
                    files.add(file);
                } else if (ContentFiles.NOT_CONTENT.contains(ext)) {
                    site.problems().warning(file, 0, "Tệp ." + ext + " không phải là bài viết Loa đọc được nên sẽ không "
                        + "được đăng thành trang. Hãy chép nội dung sang một tệp .adoc hoặc .md (xem hướng dẫn trong docs/).");
                }
            }
            return files;
        } catch (IOException e) {
            site.problems().error(contentDir, 0, "Không đọc được thư mục nội dung: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * A file whose header passed: ready for its body to be parsed.
     *
     * @param plain            the body converted without JRuby (plain-prose AsciiDoc), or null
     * @param needsAsciidoctor an AsciiDoc body to convert that is not plain prose (so JRuby must start)
     */
    private record Checked(Path file, String sourcePath, SourceFile source, ContentHeader header, CommonHeader common,
                           boolean asciidoc, String cacheKey, DocumentModel cached, PlainAsciidoc.Converted plain,
                           boolean needsAsciidoctor) {
    }

    private Checked check(Path file) {
        String sourcePath = BuildProblem.relative(site.root(), file);
        ProblemSink errors = (line, message) -> site.problems().error(file, line, message);
        ProblemSink warnings = (line, message) -> site.problems().warning(file, line, message);
        SourceFile source;
        try {
            String tooBig = ContentLimits.sizeProblem(file);
            if (tooBig != null) {
                errors.report(0, "Tệp quá lớn: " + tooBig);
                return null;
            }
            source = cache.read(file);
        } catch (SourceFile.NotUtf8Exception e) {
            errors.report(e.line(), "Tệp không được lưu bằng bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. "
                + "Hãy mở tệp trong trình soạn thảo và lưu lại với bảng mã UTF-8.");
            return null;
        } catch (IOException e) {
            errors.report(0, "Không đọc được tệp: " + IoFailures.describe(e) + ".");
            return null;
        }
        boolean asciidoc = ContentFiles.isAsciidoc(file);
        int[] headerFaults = {0};
        ContentHeader header = HeaderReader.read(source.lines(), asciidoc, (line, message) -> {
            headerFaults[0]++;
            errors.report(line, message);
        });
        if (headerFaults[0] > 0) {
            return null;
        }
        CommonHeader common = site.validator().validate(header, errors);
        if (common == null) {
            return null;
        }
        site.validator().reportUnknownKeys(header, warnings);
        if (common.draft() && !site.options().includeDrafts()) {
            return null;
        }
        String key = source.sha256() + includesKey(file, source.text(), asciidoc, site.contentDir()) + imagesKey(source.text());
        DocumentModel cached = cache.get(sourcePath, key);
        // A cached body passed these checks with the same bytes (refused files are never cached).
        if (cached == null && !passesSourceChecks(source, header, asciidoc, errors)) {
            return null;
        }
        PlainAsciidoc.Converted plain = asciidoc && cached == null
            ? LoaAsciidoctorEngine.convertWithoutAsciidoctor(bodyLines(source, header), site.config()) : null;
        boolean needsAsciidoctor = asciidoc && cached == null && plain == null;
        if (needsAsciidoctor) {
            LoaAsciidoctorEngine.start(); // the first file that needs JRuby starts it, while headers are still read
        }
        return new Checked(file, sourcePath, source, header, common, asciidoc, key, cached, plain, needsAsciidoctor);
    }

    /** Checks on the source lines that must run before a parser sees them: nesting depth, AsciiDoc media blocks. */
    private boolean passesSourceChecks(SourceFile source, ContentHeader header, boolean asciidoc, ProblemSink errors) {
        List<String> body = bodyLines(source, header);
        return ContentLimits.checkDepth(body, header.bodyStartLine(), asciidoc, errors)
            && (!asciidoc || EmbeddedMedia.checkAsciidocMacros(body, header.bodyStartLine(), site.info().baseUrl(), errors));
    }

    private ParsedDocument parse(Checked c) {
        Path file = c.file();
        String sourcePath = c.sourcePath();
        SourceFile source = c.source();
        ContentHeader header = c.header();
        CommonHeader common = c.common();
        boolean asciidoc = c.asciidoc();
        ProblemSink errors = (line, message) -> site.problems().error(file, line, message);
        ProblemSink warnings = (line, message) -> site.problems().warning(file, line, message);
        ContentType type = site.types().find(common.type()).orElseThrow();

        String key = c.cacheKey();
        DocumentModel model = c.cached();
        if (model == null) {
            model = parseWithJBake(file, source, header, c.plain(), errors, warnings);
            if (model == null) {
                return null;
            }
            cache.put(sourcePath, key, model);
        }
        DocumentFacts.apply(model, common, type.section(), sourcePath);
        if (common.cover() != null) {
            DocumentFacts.coverSize(model, site.validator().resolveLocal(common.cover()));
        }
        // A page-wide checker suppression written in the header reaches the checker as a meta tag.
        String ignore = header.value("bo-qua-kiem-tra");
        if (ignore != null && !ignore.isBlank()) {
            model.put("checkerIgnore", ignore.strip());
        }
        model.setFile(file.toString());
        model.setSourceUri(site.contentDir().relativize(file).toString().replace('\\', '/'));
        model.setRendered(true);
        model.setCached(true);
        checkImages(model, source, errors);
        return new ParsedDocument(file, sourcePath, header, common, model);
    }

    /** A fresh model from JBake's parser; the cache hands out copies, so this one may be cached as is. */
    private DocumentModel parseWithJBake(Path file, SourceFile source, ContentHeader header, PlainAsciidoc.Converted plain,
                                         ProblemSink errors, ProblemSink warnings) {
        LoaAsciidoctorEngine.drainWarnings();
        ConfinedIncludes.drain();
        DocumentModel parsed;
        try {
            parsed = LoaAsciidoctorEngine.parseWithPlainResult(bodyLines(source, header), plain,
                () -> parser.processFile(file.toFile()));
        } catch (StackOverflowError e) {
            // The depth check before parsing should make this unreachable; if some other construct nests deep, say so.
            errors.report(0, "Nội dung lồng nhau quá sâu (trích dẫn, danh sách, khối hoặc định dạng lồng trong nhau) nên "
                + "không chuyển được thành trang. Hãy viết phẳng hơn.");
            return null;
        } catch (RuntimeException e) {
            errors.report(0, "Không chuyển được tệp thành trang. Hãy kiểm tra phần vừa sửa; nếu không thấy lỗi, "
                + "gửi thông báo này cho người phụ trách kỹ thuật: " + e.getMessage());
            return null;
        }
        int lineOffset = header.bodyStartLine() - 1;
        List<ConfinedIncludes.Refusal> refusals = ConfinedIncludes.drain();
        for (ConfinedIncludes.Refusal refusal : refusals) {
            if (refusal.file() == null) {
                errors.report(refusal.line() + lineOffset, refusal.message());
            } else {
                site.problems().error(refusal.file(), refusal.line(), refusal.message()
                    + " (tệp này được chèn vào " + BuildProblem.relative(site.root(), file) + ")");
            }
        }
        for (LogRecord record : LoaAsciidoctorEngine.drainWarnings()) {
            int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber() + lineOffset;
            String message = record.getMessage();
            if (message.contains("include file not found") || message.contains("include file")) {
                errors.report(line, "Không tìm thấy tệp được chèn (include::…[]). Hãy kiểm tra tên và đường dẫn tệp "
                    + "(đường dẫn tính từ thư mục của bài viết). Chi tiết: " + message.replace(site.root() + "/", ""));
            } else {
                warnings.report(line, AsciidocMessages.explain(message));
            }
        }
        if (parsed == null) {
            errors.report(0, "JBake không đọc được tệp này. Hãy kiểm tra phần đầu bài (type, status, date).");
            return null;
        }
        // Refused bodies are never cached: the next build must find the same faults again.
        if (!refusals.isEmpty()
            || !EmbeddedMedia.checkBody(parsed.getBody(), source.lines(), site.info().baseUrl(), errors)) {
            return null;
        }
        DocumentModel model = new DocumentModel();
        model.putAll(parsed);
        model.remove("nextContent");
        model.remove("previousContent");
        DocumentFacts.normalise(model);
        if (plain != null && plain.quickTidy() && plain.html().equals(model.getBody())) {
            DocumentFacts.tidyPlainBody(model);
        } else {
            DocumentFacts.tidyBody(model, site.validator()::resolveLocal, site.info().basePath());
        }
        return model;
    }

    /** The lines after the header, as an AsciiDoc engine sees them (the whole file for an AsciiDoc-style header). */
    private static List<String> bodyLines(SourceFile source, ContentHeader header) {
        return source.lines().subList(header.bodyStartLine() - 1, source.lines().size());
    }

    /** Every local image in the body must exist: a missing one is a broken page on a citizen's phone. */
    private void checkImages(DocumentModel model, SourceFile source, ProblemSink errors) {
        Matcher m = IMG_SRC.matcher(model.getBody() == null ? "" : model.getBody());
        while (m.find()) {
            String src = m.group(1);
            if (src.startsWith("data:")) {
                continue;
            }
            int line = lineContaining(source, src);
            if (HeaderValidator.isRemote(src)) {
                errors.report(line, HeaderValidator.remoteImage("Ảnh", src));
            } else if (src.startsWith("/")) {
                if (site.validator().resolveLocal(src) == null) {
                    errors.report(line, "Không tìm thấy ảnh \"" + src + "\". Hãy đặt tệp ảnh vào assets" + src
                        + " hoặc sửa lại đường dẫn.");
                }
            } else {
                Path beside = source.path().getParent().resolve(src).normalize();
                if (!Files.isRegularFile(beside)) {
                    errors.report(line, "Không tìm thấy ảnh \"" + src + "\". Hãy dùng đường dẫn bắt đầu bằng /images/ "
                        + "và đặt ảnh vào assets/images/.");
                }
            }
        }
    }

    private static int lineContaining(SourceFile source, String needle) {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Included files change the page too, so their content is part of the cache key. */
    private static String includesKey(Path file, String text, boolean asciidoc, Path contentDir) {
        if (!asciidoc || !text.contains("include::")) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            // Only a file an include may read is read here (never /dev/zero or /proc/self/environ).
            IncludeTargets.Resolved target = IncludeTargets.resolve(file.getParent(), m.group(1), contentDir);
            if (!target.allowed()) {
                key.append("+refused:").append(m.group(1));
                continue;
            }
            Path included = target.file();
            try {
                key.append('+').append(SourceFile.sha256(Files.readAllBytes(included)));
            } catch (IOException e) {
                key.append("+missing:").append(included);
            }
        }
        return key.toString();
    }

    private static final Pattern LOCAL_IMAGE = Pattern.compile("(/[A-Za-z0-9_./-]+\\.(?:png|jpe?g|svg|gif|webp))");

    /** Image sizes are written into the cached body, so a replaced image must invalidate it. */
    private String imagesKey(String text) {
        StringBuilder key = new StringBuilder();
        Matcher m = LOCAL_IMAGE.matcher(text);
        while (m.find()) {
            Path image = site.validator().resolveLocal(m.group(1));
            if (image != null) {
                try {
                    key.append('|').append(Files.size(image)).append('@').append(Files.getLastModifiedTime(image).toMillis());
                } catch (IOException ignored) {
                    key.append("|?");
                }
            }
        }
        return key.toString();
    }

    /** Parallel parse order differs from run to run; two files claiming one URL are named together. */
    private void rejectDuplicateUrls(List<ParsedDocument> documents) {
        Map<String, ParsedDocument> byUrl = new LinkedHashMap<>();
        for (ParsedDocument doc : documents) {
            String url = String.valueOf(doc.model().get("url"));
            String generated = GeneratedPages.clash(url, site);
            if (generated != null) {
                site.problems().error(doc.file(), slugOrTitleLine(doc), "Đường dẫn " + url + " của tệp này trùng với " + generated
                    + " mà Loa tự tạo. Hãy thêm hoặc sửa dòng slug=... trong phần đầu bài thành một đường dẫn khác, ví dụ slug="
                    + url.replaceAll("^/|/$", "").replaceAll(".*/", "") + "-thong-tin.");
                continue;
            }
            ParsedDocument earlier = byUrl.putIfAbsent(url, doc);
            if (earlier != null) {
                site.problems().error(doc.file(), slugOrTitleLine(doc), "Tệp này và tệp " + earlier.sourcePath()
                    + " (dòng " + slugOrTitleLine(earlier) + ") cùng dùng đường dẫn " + url + ". Mỗi trang cần một đường dẫn "
                    + "riêng: hãy đổi tiêu đề hoặc thêm slug=... khác cho một trong hai tệp.");
            }
        }
    }

    private static int slugOrTitleLine(ParsedDocument doc) {
        return doc.header().lineOf(doc.header().value("slug") != null ? "slug" : "title");
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
