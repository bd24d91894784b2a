package vn.loa.hostile;

import static vn.loa.hostile.HostileContent.ADOC_BODY_LINE;
import static vn.loa.hostile.HostileContent.MD_BODY_LINE;
import static vn.loa.hostile.HostileContent.asciidoc;
import static vn.loa.hostile.HostileContent.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.TestSites;

/**
 * Hostile content: includes that reach outside content/, embeds from other hosts, content that nests or weighs
 * too much. Each is refused with the file and line, no stack trace, and the previous site kept byte for byte.
 */
class ContentHostileTest {
    private static final String ARTICLE = "content/bai-viet/bai-thu.md";
    private static final String ADOC = "content/bai-viet/bai-thu.adoc";

    @TempDir
    Path dir;

    private HostileBuild.Outcome withFile(String path, String text) {
        return HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, path, text));
    }

    // --- includes ---

    @ParameterizedTest
    @ValueSource(strings = {"/proc/self/environ", "/etc/passwd", "../../jbake.properties", "../../../../../../etc/hostname",
        "https://example.org/secret.adoc", "//example.org/x.adoc", "file:///etc/passwd", "{docdir}/../../jbake.properties"})
    void includeFromOutsideContentIsRefused(String target) {
        withFile(ADOC, asciidoc("Đoạn đầu.\n\ninclude::" + target + "[]"))
            .refused(ADOC, "dòng " + (ADOC_BODY_LINE + 2), "content/");
    }

    @Test
    void includeInsideAnIncludedPieceIsConfinedToo() {
        HostileBuild.rebuildAfter(dir, site -> {
            HostileBuild.write(site, "content/_includes/chung.adoc", "Đoạn chung.\n\ninclude::../../jbake.properties[]\n");
            HostileBuild.write(site, ADOC, asciidoc("include::../_includes/chung.adoc[]"));
        }).refused("content/_includes/chung.adoc, dòng 3", "nằm ngoài thư mục content/");
    }

    @Test
    void includeLoopIsRefusedNotRepeatedForEver() {
        HostileBuild.rebuildAfter(dir, site -> {
            HostileBuild.write(site, "content/_includes/vong.adoc", "Vòng.\n\ninclude::vong.adoc[]\n");
            HostileBuild.write(site, ADOC, asciidoc("include::../_includes/vong.adoc[]"));
        }).refused("content/_includes/vong.adoc", "dòng 3", "quá 100 tệp");
    }

    @Test
    void uriReadSwitchedOnInSettingsStillReadsNothing() {
        HostileBuild.rebuildAfter(dir, site -> {
            HostileBuild.write(site, "jbake.properties", readRepoSettings()
                .replace("asciidoctor.attributes=", "asciidoctor.attributes=allow-uri-read"));
            HostileBuild.write(site, ADOC, asciidoc("include::http://127.0.0.1:9/x.adoc[]"));
        }).refused(ADOC, "dòng " + ADOC_BODY_LINE, "địa chỉ web");
    }

    @Test
    void missingIncludeIsRefusedWithItsLine() {
        withFile(ADOC, asciidoc("Đoạn.\n\ninclude::../_includes/khong-co.adoc[]"))
            .refused(ADOC, "dòng " + (ADOC_BODY_LINE + 2), "Không tìm thấy tệp được chèn");
    }

    // --- resources from other hosts ---

    @ParameterizedTest
    @ValueSource(strings = {
        "<iframe src=\"https://www.youtube.com/embed/abc\" title=\"Video\"></iframe>",
        "<video src=\"https://cdn.example.org/v.mp4\" controls></video>",
        "<video src=\"/images/v.mp4\" poster=\"https://cdn.example.org/p.jpg\"></video>",
        "<audio src=\"https://cdn.example.org/a.mp3\" controls></audio>",
        "<video controls><source src=\"https://cdn.example.org/v.webm\" type=\"video/webm\"></video>",
        "<video src=\"/images/v.mp4\"><track src=\"https://cdn.example.org/phu-de.vtt\" kind=\"captions\"></video>",
        "<object data=\"https://cdn.example.org/x.swf\"></object>",
        "<embed src=\"https://cdn.example.org/x.swf\">",
        "<link rel=\"stylesheet\" href=\"https://fonts.example.org/css\">",
        "<img src=\"/images/gio-sinh-hoat-lop.svg\" srcset=\"https://cdn.example.org/big.jpg 2x\" alt=\"Ảnh\">",
        "<p style=\"background:url(https://cdn.example.org/bg.png)\">Chữ</p>",
        "<style>@import 'https://cdn.example.org/x.css';</style>",
        "<script src=\"//cdn.example.org/track.js\"></script>",
        "<iframe srcdoc=\"&lt;img src=https://cdn.example.org/t.gif&gt;\" title=\"x\"></iframe>",
        "<base href=\"https://example.org/\">",
        "<svg width=\"10\" height=\"10\"><image href=\"https://cdn.example.org/t.png\"/></svg>",
        "<picture><source srcset=\"https://cdn.example.org/a.webp\"><img src=\"/images/gio-sinh-hoat-lop.svg\" alt=\"Ảnh\"></picture>",
        "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/\">",
        "<input type=\"image\" src=\"https://cdn.example.org/nut.png\" alt=\"Nút\">",
    })
    void embedFromAnotherHostIsRefusedWithTheVideoAdvice(String html) {
        withFile(ARTICLE, markdown("Đoạn đầu.\n\n" + html))
            .refused(ARTICLE, "dòng " + (MD_BODY_LINE + 2), "máy chủ khác", "khối video bấm để xem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"video::dQw4w9WgXcQ[youtube]", "video::76979871[vimeo,640,360]",
        "video::https://cdn.example.org/v.mp4[]", "audio::https://cdn.example.org/a.mp3[]", "video:://cdn.example.org/v.mp4[]"})
    void asciidocMediaBlockFromAnotherHostIsRefused(String macro) {
        withFile(ADOC, asciidoc("Đoạn đầu.\n\n" + macro))
            .refused(ADOC, "dòng " + (ADOC_BODY_LINE + 2), "máy chủ khác", "khối video bấm để xem");
    }

    @Test
    void asciidocPassthroughIframeIsRefused() {
        withFile(ADOC, asciidoc("Đoạn đầu.\n\n++++\n<iframe src=\"https://www.facebook.com/plugins/video.php\" title=\"v\"></iframe>\n++++"))
            .refused(ADOC, "dòng " + (ADOC_BODY_LINE + 3), "máy chủ khác");
    }

    // --- limits ---

    @Test
    void moreThanTwentyTagsAreRefused() {
        withFile(ARTICLE, markdown("Đoạn.").replace("tags=gia đình", tags(21, ", ", "chủ đề ")))
            .refused(ARTICLE, "dòng 5", "21 chủ đề", "giới hạn 20");
    }

    @Test
    void fiftyThousandTagsAreRefusedBeforeAnyPageIsMade() {
        withFile(ARTICLE, markdown("Đoạn.").replace("tags=gia đình", tags(50_000, ",", "t")))
            .refused(ARTICLE, "dòng 5", "50000 chủ đề");
    }

    @Test
    void markdownQuoteNestedAThousandDeepIsRefusedBeforeParsing() {
        withFile(ARTICLE, markdown("Đoạn.\n\n" + ">".repeat(1000) + " sâu"))
            .refused(ARTICLE, "dòng " + (MD_BODY_LINE + 2), "lồng nhau quá sâu");
    }

    @Test
    void markdownListNestedAThousandDeepIsRefused() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            list.append("  ".repeat(i)).append("- mục ").append(i).append('\n');
        }
        withFile(ARTICLE, markdown(list.toString()))
            .refused(ARTICLE, "dòng " + (MD_BODY_LINE + 20), "lồng nhau quá sâu");
    }

    @Test
    void asciidocBlocksNestedTooDeepAreRefused() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            body.append("=".repeat(4 + i)).append('\n');
        }
        body.append("Sâu\n");
        for (int i = 29; i >= 0; i--) {
            body.append("=".repeat(4 + i)).append('\n');
        }
        withFile(ADOC, asciidoc(body.toString()))
            .refused(ADOC, "dòng " + (ADOC_BODY_LINE + 20), "lồng nhau quá sâu");
    }

    @Test
    void contentFileOverTwoMegabytesIsRefused() {
        withFile(ARTICLE, markdown(("Một đoạn văn bình thường về bình đẳng giới trong gia đình. ".repeat(20) + "\n\n").repeat(2500)))
            .refused(ARTICLE, "Tệp quá lớn", "2 MB");
    }

    /** A tags= line with {@code count} numbered tags. */
    private static String tags(int count, String separator, String prefix) {
        StringBuilder tags = new StringBuilder("tags=");
        for (int i = 1; i <= count; i++) {
            tags.append(i == 1 ? "" : separator).append(prefix).append(i);
        }
        return tags.toString();
    }

    private static String readRepoSettings() {
        try {
            return Files.readString(TestSites.REPO.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
