package vn.loa.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassArchiveTest {
    @TempDir
    Path dir;

    @Test
    void onlyASingleJarCanBeArchived() throws Exception {
        Path jar = Files.writeString(dir.resolve("loa.jar"), "jar");
        assertNotNull(ClassArchive.forClassPath(jar.toString()));
        assertNull(ClassArchive.forClassPath(dir.toString()), "a class folder makes HotSpot refuse to dump");
        assertNull(ClassArchive.forClassPath(jar + File.pathSeparator + dir));
    }

    @Test
    void recordsWhenMissingThenUsesAndReplacesArchivesOfOlderJars() throws Exception {
        Path jar = Files.writeString(dir.resolve("loa.jar"), "jar");
        ClassArchive archive = ClassArchive.forClassPath(jar.toString());
        Path recording = archive.recordingPath();
        List<String> first = archive.jvmOptions(recording);
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + recording));
        assertTrue(first.contains("-D" + ClassArchive.RECORDING_PROPERTY + "=true"));
        assertFalse(archive.jvmOptions(null).stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")),
            "the preview server never records");

        Path stale = Files.writeString(dir.resolve("loa-cds-000000000000.jsa"), "old");
        Files.writeString(recording, "archive");
        archive.install(recording);
        assertTrue(ClassArchive.readyFor(jar));
        assertFalse(Files.exists(stale), "an archive of an older jar is removed");
        assertTrue(archive.jvmOptions(archive.recordingPath()).stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")));

        Files.writeString(jar, "a rebuilt jar");
        assertFalse(ClassArchive.readyFor(jar), "a rebuilt jar never meets the old archive");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }
}
