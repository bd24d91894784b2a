package vn.loa.build;

import org.jbake.model.DocumentModel;
import vn.loa.content.CommonHeader;
import vn.loa.content.ContentHeader;

import java.nio.file.Path;

/** A content file after parsing: JBake's document model plus what Loa read from its header. */
public record ParsedDocument(Path file, String sourcePath, ContentHeader header, CommonHeader common,
                             DocumentModel model) {
}
