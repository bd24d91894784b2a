package vn.loa.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digest of the code and fonts that draw a generated file, plus the Java version (its rasteriser and
 * PNG writer shape the bytes), so that a Loa build that draws differently never reuses old files.
 */
final class DesignStamp {
    private DesignStamp() {
    }

    static String of(String... resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(System.getProperty("java.version").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String resource : resources) {
                try (InputStream in = DesignStamp.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing " + resource);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
