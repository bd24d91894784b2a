package vn.loa.cli;

import vn.loa.bench.SiteTrees;
import vn.loa.build.BuildOptions;
import vn.loa.build.SiteBuild;
import vn.loa.build.StagingSwap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run once per new jar, in the JVM that records the class-data archive (see
 * {@link vn.loa.launch.ClassArchive}): bakes a two-article sample with the site's own templates, data,
 * rules and styles, so the archive holds JRuby, flexmark, FreeMarker, the checker and the share-card
 * drawing even when the officer's build itself reused every page. Costs a second or two, once;
 * anything going wrong here only means a smaller archive, never a failed build.
 */
final class ArchiveTraining {
    private static final List<String> SITE_PARTS = List.of("templates", "data", "checker", "jbake.properties", vn.loa.build.Overrides.FOLDER);
    /** Only the styles and scripts: the sample must not copy a province's whole image library. */
    private static final List<String> ASSET_PARTS = List.of("css", "js");

    private ArchiveTraining() {
    }

    /** @return whether the sample baked (false only means a smaller archive) */
    static boolean bakeSample(Path site) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("loa-cds-training");
            Path sample = dir.resolve("site");
            Files.createDirectories(sample.resolve("content/bai-viet"));
            Files.createDirectories(sample.resolve("assets"));
            // Copies, not links: a build refuses symbolic links in a site's folders (SiteLinks).
            for (String part : SITE_PARTS) {
                copy(site.resolve(part), sample.resolve(part));
            }
            for (String part : ASSET_PARTS) {
                copy(site.resolve("assets").resolve(part), sample.resolve("assets").resolve(part));
            }
            Files.writeString(sample.resolve("content/bai-viet/mau-asciidoc.adoc"), """
                = Mẫu AsciiDoc
                :jbake-type: post
                :jbake-status: published
                :jbake-date: 2026-01-02
                :jbake-tags: mẫu

                Đoạn văn *mẫu* với https://example.org[liên kết].

                == Mục

                * Một
                * Hai
                """, StandardCharsets.UTF_8);
            Files.writeString(sample.resolve("content/bai-viet/mau-markdown.md"), """
                title=Mẫu Markdown
                date=2026-01-01
                type=post
                status=published
                tags=mẫu
                ~~~~~~
                Đoạn văn **mẫu**.

                ## Mục

                - Một
                - Hai
                """, StandardCharsets.UTF_8);
            SiteBuild.standard(BuildOptions.of(sample, dir.resolve("out")).withCacheDir(null)).run();
            return true;
        } catch (Exception | LinkageError e) {
            return false; // a smaller archive, nothing more
        } finally {
            if (dir != null) {
                try {
                    StagingSwap.deleteTree(dir);
                } catch (IOException ignored) {
                    // a leftover folder in the temporary directory
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            SiteTrees.copyTree(from, to);
        } else if (Files.isRegularFile(from)) {
            Files.copy(from, to);
        }
    }
}
