package vn.loa.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files made ahead of the render are kept only when the render asks for the same inputs. */
class EarlyFilesTest {
    @TempDir
    Path dir;

    @Test
    void claimedWithSameDigestKeptOtherwiseRemadeOrSwept() throws Exception {
        Path root = dir.resolve("staging");
        EarlyFiles early = EarlyFiles.into(root, RenderMemo.inMemory(), null);
        early.submit("a/card.png", () -> "d1", () -> bytes("A"));
        early.submit("b/card.png", () -> "d2", () -> bytes("B"));
        early.submit("c/card.png", () -> "d3", () -> bytes("C"));
        early.awaitQueued();
        early.stop();
        early.submit("d/card.png", () -> "d4", () -> bytes("D")); // after stop: ignored

        assertTrue(early.claim("a/card.png", "d1"));
        assertFalse(early.claim("b/card.png", "changed"), "different inputs: the render makes it again");
        early.sweep(Map.of("a/card.png", "early", "b/card.png", "written"));

        assertArrayEquals(bytes("A"), Files.readAllBytes(root.resolve("a/card.png")));
        assertFalse(Files.exists(root.resolve("c/card.png")), "nobody asked for it: swept");
        assertFalse(Files.exists(root.resolve("d/card.png")));
    }

    @Test
    void skipsFilesTheLastBakeCanLend() throws Exception {
        Path previous = dir.resolve("previous");
        Files.createDirectories(previous.resolve("a"));
        Files.write(previous.resolve("a/card.png"), bytes("old"));
        RenderMemo memo = RenderMemo.inMemory();
        memo.record("a/card.png", "same");
        memo.commit();

        Path root = dir.resolve("staging");
        EarlyFiles early = EarlyFiles.into(root, memo, previous);
        early.submit("a/card.png", () -> "same", () -> bytes("new"));
        early.awaitQueued();
        early.stop();
        assertFalse(Files.exists(root.resolve("a/card.png")), "the render links the previous file instead");
        assertFalse(early.claim("a/card.png", "same"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
