package vn.loa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code stamp follows content, not file times: a CI clone that rebuilds the same sources keeps its cache. */
class CodeStampTest {

    @Test
    void aJarRebuiltAtAnotherTimeHasTheSameStampAndChangedCodeAnother(@TempDir Path dir) throws IOException {
        Path first = jar(dir.resolve("a.jar"), "class A", 1_000L);
        Path again = jar(dir.resolve("b.jar"), "class A", 9_000_000L);
        Path changed = jar(dir.resolve("c.jar"), "class B", 1_000L);
        assertEquals(CodeStamp.of(first), CodeStamp.of(again));
        assertNotEquals(CodeStamp.of(first), CodeStamp.of(changed));
    }

    @Test
    void aClassFolderIsStampedByItsFiles(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/vn/loa"));
        Path file = Files.writeString(classes.resolve("A.class"), "one");
        String stamp = CodeStamp.of(dir.resolve("classes"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(5_000L));
        assertEquals(stamp, CodeStamp.of(dir.resolve("classes")));
        Files.writeString(file, "two");
        assertNotEquals(stamp, CodeStamp.of(dir.resolve("classes")));
    }

    private static Path jar(Path file, String content, long time) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("vn/loa/A.class");
            entry.setTime(time);
            zip.putNextEntry(entry);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
