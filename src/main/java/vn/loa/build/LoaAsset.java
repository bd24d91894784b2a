package vn.loa.build;

import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import vn.loa.content.safety.IncludeTargets;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * JBake's asset copier, except for files that sit beside the content: those are copied by a walk that never
 * follows a link (JBake's own recursion followed a link to a parent folder for ever) and that leaves out
 * {@code content/_includes/}, the officers' pieces for {@code include::}, which are never published.
 */
final class LoaAsset extends Asset {
    private final JBakeConfiguration config;
    private final List<Throwable> errors = new ArrayList<>();

    LoaAsset(JBakeConfiguration config) {
        super(config);
        this.config = config;
    }

    @Override
    public void copyAssetsFromContent(File contentFolder) {
        Path content = contentFolder.toPath();
        Path destination = config.getDestinationFolder().toPath();
        FileFilter notContent = FileUtil.getNotContentFileFilter(config);
        if (!Files.isDirectory(content)) {
            return;
        }
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path relative = content.relativize(dir);
                    boolean skipped = relative.toString().equals(IncludeTargets.INCLUDES_FOLDER)
                        || (!relative.toString().isEmpty() && dir.getFileName().toString().startsWith("."));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    // A link got here only when SiteLinks allowed it (a file inside the site): its file is copied.
                    boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                    if (regular && !file.getFileName().toString().startsWith(".") && notContent.accept(file.toFile())) {
                        Path target = destination.resolve(content.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(e);
        }
    }

    @Override
    public List<Throwable> getErrors() {
        List<Throwable> all = new ArrayList<>(super.getErrors());
        all.addAll(errors);
        return all;
    }
}
