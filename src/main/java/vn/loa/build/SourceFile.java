package vn.loa.build;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * A content file read strictly: the bytes must be UTF-8 (JBake would read any bytes and let
 * mojibake through), and the text is brought to NFC so that "hoà" typed on a Mac and on Windows
 * are the same characters everywhere downstream.
 */
public record SourceFile(Path path, String text, List<String> lines, String sha256) {

    /** @throws NotUtf8Exception with the 1-based line of the first byte that is not UTF-8 */
    public static SourceFile read(Path path) throws java.io.IOException {
        FaultPoints.reach(FaultPoints.READ, path);
        byte[] bytes = Files.readAllBytes(path);
        String text = decodeStrict(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return new SourceFile(path, text, List.of(text.split("\n", -1)), sha256(bytes));
    }

    static String decodeStrict(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(lineOfByte(bytes, firstBadByte(bytes)));
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's bytes are not valid UTF-8. */
    public static final class NotUtf8Exception extends java.io.IOException {
        private final int line;

        NotUtf8Exception(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
