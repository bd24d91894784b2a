package vn.loa.content.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.bench.CorpusGenerator;
import vn.loa.build.TestSites;
import vn.loa.content.DocumentFacts;
import vn.loa.content.LoaAsciidoctorEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The plain path must write exactly what Asciidoctor writes. Every document here is converted both
 * ways by the real engine (once with the plain path, once forced through AsciidoctorJ) and the whole
 * JBake model compared; the test also makes sure the plain path really takes the plain documents and
 * really refuses the ones where a naive converter would differ from Asciidoctor.
 */
class PlainAsciidocTest {
    @TempDir
    static Path temp;

    private static JBakeConfiguration config;
    private static final LoaAsciidoctorEngine PLAIN = new LoaAsciidoctorEngine(true);
    private static final LoaAsciidoctorEngine REFERENCE = new LoaAsciidoctorEngine(false);
    private static int fileNumber;

    @BeforeAll
    static void configure() {
        // The fixture site's jbake.properties: the settings a province's site bakes with.
        config = new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(TestSites.FIXTURE.toFile(), temp.resolve("out").toFile(), false);
    }

    @Test
    void benchmarkCorpusTakesThePlainPathAndMatchesAsciidoctor() throws IOException {
        Path content = temp.resolve("corpus");
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, CorpusGenerator.Format.ADOC).writeContent(content, 120);
        List<Path> files = adocFiles(content);
        assertEquals(120, files.size());
        for (Path file : files) {
            assertNotNull(PlainAsciidoc.convert(Files.readAllLines(file)), "not taken as plain: " + file);
            assertSameAsAsciidoctor(file);
        }
    }

    @Test
    void demoArticlesMatchAsciidoctorWhicheverPathTheyTake() throws IOException {
        for (Path file : adocFiles(TestSites.FIXTURE.resolve("content"))) {
            assertSameAsAsciidoctor(file);
        }
    }

    @Test
    void plainFormsMatchAsciidoctor() throws IOException {
        String header = "= Tiêu đề: “Bình đẳng” (2026)\n:jbake-type: post\n:jbake-status: published\n"
            + ":jbake-date: 2026-03-08\n:jbake-tags: bình đẳng giới,  trẻ em , gia đình\n:jbake-summary: Tóm tắt – 8/3, 100% & hơn\n";
        List<String> plain = List.of(
            header + "\nMột đoạn.\nDòng thứ hai, có dấu: chấm phẩy; hỏi? than! và 1.000 người (30%).\n",
            header,
            header + "\n\n\nĐoạn sau nhiều dòng trống.   \n\n\n",
            header + "\nMở đầu.\n\n== Mục một\n\nNội dung.\n\n=== Mục con\n\nChi tiết.\n\n==== Sâu hơn\n\nThêm.\n\n== Mục hai\n",
            header + "\n== Không có mở đầu\n\nNội dung.\n",
            header + "\n== Trùng tên\n\nA.\n\n== Trùng tên\n\nB.\n\n== Trùng tên 2\n\n== Trùng-tên\n",
            header + "\n== Điều 1. Phạm vi – đối tượng / “áp dụng”\nNgay sau tiêu đề.\n\n== Tiếp – theo\n",
            header + "\n* một\n* hai\ntiếp dòng hai\n\n* ba sau dòng trống\n\nĐoạn sau danh sách.\n",
            header + "\n- gạch đầu dòng\n- thứ hai\n",
            header + "\n. bước một\n. bước hai\n\n. bước ba\n",
            header + "\n*   nhiều dấu cách\n",
            header + "\nA < B > C & D, 5 - 3 = 2, a/b, x.y, “trích” ‘dẫn’ – — … % : ;\n",
            header + "\nĐ đ Ơ ơ Ư ư Ă ă Â â Ê ê Ô ô ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ\n",
            header + "\n== ĐỐI TƯỢNG ƯU TIÊN\n\n== Ông Bà Cháu\n\n== Tiêu & đề <b>\n\n== Tiêu đề b\n",
            "= A & B <c>\n:jbake-type: post\n:jbake-summary: AT&T <b> 'x' *y*\n\nText\n",
            "Không có tiêu đề tài liệu.\n\n== Mục đầu tiên\n\nNội dung.\n",
            "== Chỉ có mục\n\nNội dung.\n",
            "Chỉ một đoạn.\n",
            "",
            "\n\n= Sau dòng trống\n:jbake-type: page\n\nThân.\n",
            header + "\nMột *chữ đậm*, _chữ nghiêng_ và (*đậm*) “_nghiêng_”: *111*.\n*Đầu dòng* đậm, _đầu_ dòng.\n",
            header + "\nXem link:/ho-tro/[trang hỗ trợ], https://vietnam.unfpa.org/vi[UNFPA] hoặc https://example.org.\n",
            header + "\n* *Tổng đài 111*: miễn phí\n** trẻ em\n** gia đình\n* hai\n\nĐoạn.\n\n. một\n.. a\n.. b\n. hai\n",
            header + "\nimage::/images/bench/anh-1.svg[\"Sơ đồ, bốn bước\"]\n\nimage::/images/x_y.png[Ảnh minh họa]\n");
        for (String text : plain) {
            Path file = write(text);
            assertNotNull(PlainAsciidoc.convert(Files.readAllLines(file)), "not taken as plain:\n" + text);
            assertSameAsAsciidoctor(file);
        }
    }

    @Test
    void refusesWhatOnlyAsciidoctorGetsRight() throws IOException {
        String header = "= Tiêu đề\n:jbake-type: post\n:jbake-status: published\n";
        List<String> notPlain = List.of(
            header + "\n* a\n\n. b\n",                      // an ordered list after a bulleted one nests inside it
            header + "\n* a\n- b\n",                         // another marker starts a nested list
            header + "\n== A\n\n==== Skipped level\n",       // Asciidoctor warns: the warning reaches the officer
            header + "\n=== First section too deep\n",
            header + "\nText\n== Not a heading here\n",     // no blank line: part of the paragraph
            header + "\nA -- B.\n",
            header + "\nThen...\n",
            header + "\nCopyright (C) 2026.\n",
            header + "\nMail a@example.org.\n",
            header + "\nIt's here.\n",
            header + "\nA -> B and C => D.\n",
            header + "\nAn {attribute} here.\n",
            header + "\nLine break +\nnext.\n",
            header + "\nTerm:: definition\n",
            header + "\nNOTE:  two spaces\n",
            header + "\n1. numbered\n",
            header + "\na. lettered\n",
            header + "\n iv) roman\n",
            header + "\n literal paragraph\n",
            header + "\n[NOTE]\nblock\n",
            header + "\n.Block title\nText\n",
            header + "\n// comment\nText\n",
            header + "\nimage::a.png[Ảnh]\n",              // a relative path depends on imagesdir
            header + "\nimage::/images/a.png[Ảnh, 300]\n", // a width
            header + "\nimage::/images/a.png[Ảnh]\nText\n",
            header + "\nText *bold*here.\n",
            header + "\nText *bold\nacross* lines.\n",
            header + "\nText **bold** here.\n",
            header + "\nText *_both_* here.\n",
            header + "\nA*b*c and x_y_z.\n",
            header + "\nSee https://example.org/a_b now.\n",
            header + "\nSee https://example.org[a=b] now.\n",
            header + "\nSee (https://example.org) now.\n",
            header + "\nSee link:https://example.org[x] now.\n",
            header + "\n* a\n\n** b\n",                     // a blank line before a nested item
            header + "\n* a\n*** b\n",
            header + "\nAT&amp;T\n",
            header + "\nHeading\n=======\n",
            header + "\nTab\there\n",
            header + "\nText\n\n- - -\n\nMore\n",              // thematic breaks, not one-item lists
            header + "\nText\n\n-  -  -\n",
            header + "\nText\n\n* * *\n",
            header + "\n* (a) item\n- -\n",
            "= Tiêu đề\nTác Giả <a@b.c>\n:jbake-type: post\n\nText\n", // an author line
            "= Tiêu đề\n:jbake-type: post\n:sectnums:\n\n== A\n",     // attributes that change the conversion
            "= Tiêu đề\n:jbake-summary: a {b}\n\nText\n",
            "= Tiêu đề\n:jbake-summary: pass:q[*đậm*]\n\nText\n",
            "= Tiêu đề\n:jbake-type: post\nText right after the header\n");
        for (String text : notPlain) {
            Path file = write(text);
            assertNull(PlainAsciidoc.convert(Files.readAllLines(file)), "taken as plain:\n" + text);
            assertSameAsAsciidoctor(file); // the engine falls back, so the result is Asciidoctor's either way
        }
    }

    /**
     * Thousands of documents stitched from plain and not-quite-plain pieces: whatever the plain path
     * accepts must equal Asciidoctor's output; a fair share must be accepted for this to mean anything.
     */
    @Test
    void randomDocumentsAcceptedAsPlainMatchAsciidoctor() throws IOException {
        String[] words = {"bình", "đẳng", "giới", "Phụ", "nữ", "ĐỒNG", "hành", "2026", "1.000", "30%", "8/3", "–", "—", "…",
            "“trích”", "(dẫn)", "a", "C", "x.y", "<", ">", "&", "=", ":", ";", "?", "!", ",", ".", "-", "ơ", "Ư"};
        String[] risky = {"*", "_", "'", "--", "...", "(C)", "->", "<=", "::", ";;", "+", "#", "`", "{a}", "[x]", "@", "\\", "((t))",
            "&lt;", "https://a.b", "^", "~", "$$", "|"};
        String[] starts = {"", "", "", "", "", "", "* ", "* ", "- ", ". ", "== ", "== ", "=== "};
        String[] riskyStarts = {"1. ", "a. ", "NOTE: ", " ", "= ", "==== ", "** ", "[", "//", "+"};
        Random random = new Random(20261122);
        int accepted = 0;
        int total = 2000;
        for (int d = 0; d < total; d++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) > 0) {
                text.append("= ").append(sentence(random, words, risky, 4)).append("\n:jbake-type: post\n:jbake-status: published\n\n");
            }
            int lines = 1 + random.nextInt(12);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(2) == 0) {
                    text.append('\n');
                }
                text.append(random.nextInt(40) == 0 ? riskyStarts[random.nextInt(riskyStarts.length)] : starts[random.nextInt(starts.length)])
                    .append(sentence(random, words, risky, 1 + random.nextInt(8))).append('\n');
            }
            Path file = write(text.toString());
            if (PlainAsciidoc.convert(Files.readAllLines(file)) != null) {
                accepted++;
                assertSameAsAsciidoctor(file);
            }
        }
        assertTrue(accepted > total / 10, "only " + accepted + " of " + total + " random documents were plain");
    }

    private static String sentence(Random random, String[] words, String[] risky, int length) {
        StringBuilder s = new StringBuilder(random.nextInt(20) == 0 ? words[random.nextInt(words.length)] : "Việc");
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(10) == 0 ? "" : " ");
            s.append(random.nextInt(60) == 0 ? risky[random.nextInt(risky.length)] : words[random.nextInt(words.length)]);
        }
        return s.toString();
    }

    private static void assertSameAsAsciidoctor(Path file) {
        DocumentModel expected = REFERENCE.parse(config, file.toFile());
        DocumentModel actual = PLAIN.parse(config, file.toFile());
        if (expected == null) {
            assertNull(actual, file.toString());
            return;
        }
        assertNotNull(actual, file.toString());
        String source = file + ":\n" + readQuietly(file);
        assertEquals(expected.getBody(), actual.getBody(), source);
        assertEquals(expected.getTitle(), actual.getTitle(), source);
        assertEquals(Arrays.toString(expected.getTags()), Arrays.toString(actual.getTags()), source);
        DocumentModel expectedRest = withoutBody(expected);
        DocumentModel actualRest = withoutBody(actual);
        assertEquals(expectedRest, actualRest, source);
        PlainAsciidoc.Converted plain = PlainAsciidoc.convert(linesQuietly(file));
        if (plain != null && plain.quickTidy()) {
            assertTidiesLikeJsoup(actual, source);
        }
    }

    /** The build skips the jsoup tidy for plain bodies: it must give what the jsoup tidy gives. */
    private static void assertTidiesLikeJsoup(DocumentModel converted, String source) {
        DocumentModel tidied = new DocumentModel();
        tidied.putAll(converted);
        DocumentFacts.tidyBody(tidied, path -> null, "");
        DocumentModel quick = new DocumentModel();
        quick.putAll(converted);
        DocumentFacts.tidyPlainBody(quick);
        assertEquals(tidied, quick, source);
    }

    private static List<String> linesQuietly(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DocumentModel withoutBody(DocumentModel model) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(model);
        copy.remove("body");
        copy.remove("tags"); // an array: compared above by content
        return copy;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static Path write(String text) throws IOException {
        Path file = temp.resolve("doc-" + (fileNumber++) + ".adoc");
        Files.writeString(file, text);
        return file;
    }

    private static List<Path> adocFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList());
        }
    }
}
