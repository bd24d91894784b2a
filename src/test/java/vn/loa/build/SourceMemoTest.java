package vn.loa.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The preview's cache skips re-reading unchanged sources; it must never hand back an edited file's old text. */
class SourceMemoTest {
    @Test
    void unchangedFileIsNotReadAgainAndEditedFileIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bai.adoc");
        Files.writeString(file, "= Tiêu đề\n\nMột.\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        FileParseCache cache = FileParseCache.inMemory();
        SourceFile first = cache.read(file);
        assertSame(first, cache.read(file), "an unchanged file is served from memory");

        Files.writeString(file, "= Tiêu đề\n\nHai.\n"); // same size, new time
        assertEquals("= Tiêu đề\n\nHai.\n", cache.read(file).text());
    }

    @Test
    void fileReadWithinTwoSecondsOfItsLastChangeIsReadAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bai.adoc");
        Files.writeString(file, "= Tiêu đề\n\nMột.\n");
        FileTime tick = Files.getLastModifiedTime(file);
        FileParseCache cache = FileParseCache.inMemory();
        cache.read(file);
        // An edit in the same clock tick keeps size and time: only the two-second rule catches it.
        Files.writeString(file, "= Tiêu đề\n\nHai.\n");
        Files.setLastModifiedTime(file, tick);
        assertEquals("= Tiêu đề\n\nHai.\n", cache.read(file).text());
    }
}
