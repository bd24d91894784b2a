package vn.loa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of Loa's own code as built: for a jar, every entry's name, size and CRC (read from the jar's directory,
 * nothing is unpacked; entry times are left out because every build writes new ones); for a class folder, every
 * file's path and bytes. Two builds of the same sources give the same stamp, so caches survive a fresh checkout.
 */
final class CodeStamp {
    /** Computed once: the code of a running JVM does not change under it. */
    static final String OF_THIS_BUILD = compute();

    private CodeStamp() {
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(code);
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String of(Path code) throws IOException {
        MessageDigest digest = sha256();
        if (Files.isDirectory(code)) {
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                    digest.update(code.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(code.toFile())) {
                for (ZipEntry entry : jar.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
                    digest.update((entry.getName() + "/" + entry.getSize() + "/" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
