package vn.loa.infographic;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildProblem;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each fixture in src/test/resources/infographic/bad/ must stop the bake with a Vietnamese message at its line. */
class InfographicBadInputTest {
    private static final Path FIXTURES = TestSites.REPO.resolve("src/test/resources/infographic/bad");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "kieu-bieu-do-la.md;       6;  Kiểu biểu đồ \"pie\" không có. Hãy chọn một trong các kiểu: bar",
        "gia-tri-khong-phai-so.md; 14; Giá trị \"bảy mươi lăm\" không phải là một số",
        "so-viet-dau-cham.md;      15; dùng dấu phẩy cho phần thập phân (62,9)",
        "thanh-100-khong-du.md;    11; Các phần của thanh 100% cộng lại được 90, không phải 100",
        "thieu-nguon.md;           1;  Infographic chưa ghi nguồn số liệu. Hãy thêm dòng source=",
        "anh-thieu-mo-ta.md;       6;  Infographic ảnh chưa có mô tả ảnh. Hãy thêm dòng image-alt=",
        "anh-thieu-ban-chu.md;     11; Infographic ảnh chưa có bản chữ",
        "chua-co-bang.md;          10; Infographic số liệu chưa có bảng số liệu"
    })
    void badInputStopsTheBakeWithFileLineAndAVietnameseMessage(String fixture, int line, String message) throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/infographic/" + fixture, Files.readString(FIXTURES.resolve(fixture)));
        Path output = dir.resolve("public");
        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> TestSites.bake(site, output));
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        BuildProblem problem = failure.problems().get(0);
        assertEquals("content/infographic/" + fixture, problem.file());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(message), problem.message());
        assertFalse(Files.exists(output.resolve("index.html")), "a failed bake publishes nothing");
    }
}
