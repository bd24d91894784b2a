package vn.loa.sharing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildOptions;
import vn.loa.build.SiteBuild;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rebuild draws only the cards whose article changed and keeps every QR code file in place. */
class IncrementalSharingTest {
    private static final FileTime MARK = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void unchangedCardsAreReusedAndAnEditedArticleGetsANewCard() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        Path first = TestSites.write(site, "content/bai-viet/mot.md", article("Bài thứ nhất"));
        TestSites.write(site, "content/bai-viet/hai.md", article("Bài thứ hai"));
        Path out = dir.resolve("out");
        BuildOptions options = BuildOptions.of(site, out).withChecker(false);
        SiteBuild.standard(options).run();

        Path cardOne = out.resolve("bai-viet/bai-thu-nhat/the-chia-se.png");
        Path cardTwo = out.resolve("bai-viet/bai-thu-hai/the-chia-se.png");
        Path qrTwo = out.resolve("bai-viet/bai-thu-hai/ma-qr.svg");
        byte[] oldCardOne = Files.readAllBytes(cardOne);
        for (Path file : new Path[] {cardOne, cardTwo, qrTwo}) {
            Files.setLastModifiedTime(file, MARK);
        }

        Files.writeString(first, article("Bài thứ nhất").replace("summary=Tóm tắt.", "summary=Tóm tắt.\nunit=Sở Nội vụ"));
        SiteBuild.standard(options).run();

        assertEquals(MARK, Files.getLastModifiedTime(cardTwo), "unchanged card reused, not drawn again");
        assertEquals(MARK, Files.getLastModifiedTime(qrTwo), "unchanged QR code reused");
        assertNotEquals(MARK, Files.getLastModifiedTime(cardOne), "the edited article's card is drawn again");
        assertNotEquals(java.util.Arrays.hashCode(oldCardOne), java.util.Arrays.hashCode(Files.readAllBytes(cardOne)));
        assertTrue(Files.isRegularFile(out.resolve("ma-qr.svg")));
        assertTrue(Files.isRegularFile(out.resolve("the-chia-se.png")));
    }

    private static String article(String title) {
        return "title=" + title + "\ndate=2026-11-15\ntype=post\nstatus=published\ntags=bình đẳng giới\nsummary=Tóm tắt.\n~~~~~~\n\nNội dung.\n";
    }
}
