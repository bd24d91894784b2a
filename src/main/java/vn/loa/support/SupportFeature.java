package vn.loa.support;

import org.jbake.model.DocumentModel;
import vn.loa.build.BuildProblems;
import vn.loa.build.DataFiles;
import vn.loa.build.Overrides;
import vn.loa.build.ParsedDocument;
import vn.loa.build.SiteFeature;
import vn.loa.build.SiteModel;
import vn.loa.build.SiteOutput;
import vn.loa.content.ContentType;
import vn.loa.content.ContentTypes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The support directory and the safety of pages about violence: reads {@code data/ho-tro.yml},
 * marks each document that is about gender-based violence ({@code sensitive} = true: support box,
 * quick exit, no referrer), offers the directory to templates as {@code support}, and writes /ho-tro/.
 */
public final class SupportFeature implements SiteFeature {
    static final String PAGE_URL = "/ho-tro/";
    static final String DATA_FILE = "ho-tro.yml";

    /** Document key templates read: true on pages about violence and pages flagged sensitive. */
    public static final String SENSITIVE = "sensitive";

    private SupportDirectory directory;

    @Override
    public void registerTypes(ContentTypes types) {
        for (ContentType type : new ArrayList<>(types.all())) {
            types.register(new SafetyHeaderKeys(type));
        }
    }

    @Override
    public void prepare(SiteModel site, BuildProblems problems) {
        directory = null;
        Path dataDir = site.context().dataDir();
        Path overrideDir = Overrides.data(site.context().root());
        Path file = dataDir.resolve(DATA_FILE);
        Object raw = site.data().get(SupportDirectory.DATA_KEY);
        if (raw != null && !numbersQuoted(List.of(file, overrideDir.resolve(DATA_FILE)), problems)) {
            return;
        }
        if (raw == null) {
            if (!Files.isRegularFile(file)) {
                problems.error(file, 0, "Thiếu tệp danh bạ hỗ trợ data/ho-tro.yml. Mọi trang về bạo lực cần hiện số điện "
                    + "thoại hỗ trợ: hãy chép tệp này từ kho mẫu của Loa rồi sửa các nơi hỗ trợ của địa phương.");
            }
            return; // a file the YAML reader refused is already reported with its line
        }
        try {
            directory = SupportDirectory.load(raw);
        } catch (SupportDataException e) {
            Path from = DataFiles.sourceOf(dataDir, overrideDir, SupportDirectory.DATA_KEY,
                e.path().isEmpty() ? null : String.valueOf(e.path().get(0)));
            problems.error(from, YamlLines.lineOf(from, e.path()), e.getMessage());
            return;
        }
        for (DocumentModel doc : site.documents()) {
            doc.put(SENSITIVE, isSafetyPage(site, doc));
        }
        site.globals().put("support", directory.templateModel());
    }

    /**
     * Every phone number in quotes, checked on the file's text: unquoted, YAML reads 02437654321 as the octal
     * number 343890129, so the message must quote what the officer wrote, not what YAML made of it.
     */
    private static boolean numbersQuoted(List<Path> files, BuildProblems problems) {
        boolean quoted = true;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            for (YamlLines.Unquoted u : YamlLines.unquoted(f, List.of("national", "local"), "number")) {
                problems.error(f, u.line(), "Số điện thoại " + u.text() + " chưa đặt trong ngoặc kép. Không có ngoặc kép, "
                    + "máy có thể đọc sai số (đổi số bắt đầu bằng 0, bỏ số 0 ở đầu). Hãy viết: number: \"" + u.text() + "\".");
                quoted = false;
            }
        }
        return quoted;
    }

    private boolean isSafetyPage(SiteModel site, DocumentModel doc) {
        ParsedDocument parsed = site.context().parsed().get(String.valueOf(doc.get("sourcePath")));
        if (parsed != null && SafetyHeaderKeys.marksSafetyPage(parsed.header())) {
            return true;
        }
        String[] tags = doc.getTags();
        return tags != null && directory.isAboutViolence(Arrays.asList(tags));
    }

    @Override
    public void render(SiteModel site, SiteOutput output) {
        if (directory == null) {
            return;
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Số điện thoại và nơi hỗ trợ");
        page.put("description", "Các số điện thoại hỗ trợ người bị bạo lực gia đình, bạo lực trên cơ sở giới và trẻ em bị "
            + "xâm hại: tổng đài toàn quốc và các nơi hỗ trợ tại " + site.info().name() + ".");
        page.put("url", PAGE_URL);
        page.put("type", "website");
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("page", page);
        String lastModified = directory.updated() == null ? null : directory.updated().toString();
        output.page(PAGE_URL, "ho-tro.ftl", vars, lastModified, null);
    }

    /** The directory this bake loaded, or null before {@link #prepare} or when the data file was faulty. */
    public SupportDirectory directory() {
        return directory;
    }
}
