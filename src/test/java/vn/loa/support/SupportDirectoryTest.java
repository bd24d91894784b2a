package vn.loa.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupportDirectoryTest {
    private static final Path DATA = vn.loa.build.TestSites.FIXTURE.resolve("data/ho-tro.yml");

    @TempDir
    Path dir;

    @Test
    void repositoryDirectoryHasTheNationalNumbersWithHonestCostLabels() throws Exception {
        SupportDirectory directory = SupportDirectory.load(yaml(Files.readString(DATA)));
        assertEquals(List.of("111", "1900 969 680", "1800 1768", "113"), directory.numbers().subList(0, 4));
        Map<String, SupportService> byNumber = new java.util.LinkedHashMap<>();
        directory.services().forEach(s -> byNumber.put(s.number(), s));
        assertTrue(byNumber.get("111").free());
        assertTrue(byNumber.get("1800 1768").free());
        assertTrue(byNumber.get("113").free());
        assertFalse(byNumber.get("1900 969 680").free(), "1900 numbers are charged");
        assertEquals("Có tính cước (theo giá của nhà mạng)", byNumber.get("1900 969 680").costLabel());
        assertEquals("Miễn phí", byNumber.get("111").costLabel());
        assertEquals("tel:1900969680", byNumber.get("1900 969 680").telLink());
        assertEquals("tel:02313852468", byNumber.get("0231 3 852 468").telLink());
        assertTrue(byNumber.get("1800 1768").name().contains("Hội Nông dân Việt Nam"));
        assertTrue(byNumber.get("111").name().contains("Tổng đài quốc gia bảo vệ trẻ em"));
        assertEquals(LocalDate.of(2026, 6, 1), directory.updated());
        assertTrue(directory.services().stream().filter(SupportService::national).allMatch(SupportService::inBox));
    }

    @Test
    void violenceTagsMatchWhateverTheCaseOrUnicodeForm() throws Exception {
        SupportDirectory directory = SupportDirectory.load(yaml(Files.readString(DATA)));
        assertTrue(directory.isAboutViolence(List.of("kinh tế", "Bạo lực gia đình")));
        String decomposed = java.text.Normalizer.normalize("bạo lực trên cơ sở giới", java.text.Normalizer.Form.NFD);
        assertTrue(directory.isAboutViolence(List.of(decomposed)));
        assertFalse(directory.isAboutViolence(List.of("bình đẳng giới", "kinh tế")));
    }

    @Test
    void templateModelGroupsNationalLocalAndBox() throws Exception {
        Map<String, Object> model = SupportDirectory.load(yaml(Files.readString(DATA))).templateModel();
        assertEquals(4, ((List<?>) model.get("national")).size());
        assertTrue(((List<?>) model.get("local")).size() >= 3);
        assertEquals(5, ((List<?>) model.get("box")).size());
        assertEquals("01/06/2026", model.get("updatedText"));
    }

    @Test
    void serviceWithoutFreeIsRefusedWithItsLine() throws IOException {
        String text = """
            national:
              - name: Tổng đài A
                number: "111"
                free: true
              - name: Tổng đài B
                number: "1900 123 456"
            local: []
            """;
        SupportDataException e = assertThrows(SupportDataException.class, () -> SupportDirectory.load(yaml(text)));
        assertTrue(e.getMessage().contains("free: false"), e.getMessage());
        assertTrue(e.getMessage().contains("1900 123 456"), e.getMessage());
        assertEquals(6, YamlLines.lineOf(write(text), e.path()));
    }

    @Test
    void badNumbersUnknownKeysAndRepeatsAreRefused() throws IOException {
        String letters = """
            national:
              - name: A
                number: "19OO 1234"
                free: false
            local: []
            """;
        SupportDataException e = assertThrows(SupportDataException.class, () -> SupportDirectory.load(yaml(letters)));
        assertTrue(e.getMessage().startsWith("Số điện thoại \"19OO 1234\""), e.getMessage());
        assertEquals(3, YamlLines.lineOf(write(letters), e.path()));

        String misspelt = """
            national:
              - name: A
                number: "111"
                free: true
                hour: 24/7
            local: []
            """;
        e = assertThrows(SupportDataException.class, () -> SupportDirectory.load(yaml(misspelt)));
        assertTrue(e.getMessage().contains("\"hour\""), e.getMessage());
        assertEquals(5, YamlLines.lineOf(write(misspelt), e.path()));

        String repeated = """
            national:
              - name: A
                number: "111"
                free: true
            local:
              - name: B
                number: "1 1 1"
                free: true
            """;
        e = assertThrows(SupportDataException.class, () -> SupportDirectory.load(yaml(repeated)));
        assertTrue(e.getMessage().contains("hai lần"), e.getMessage());
        assertEquals(7, YamlLines.lineOf(write(repeated), e.path()));

        e = assertThrows(SupportDataException.class, () -> SupportDirectory.load(yaml("local: []\n")));
        assertTrue(e.getMessage().startsWith("Thiếu mục national"), e.getMessage());
    }

    private static Object yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("ho-tro.yml"), text);
    }
}
