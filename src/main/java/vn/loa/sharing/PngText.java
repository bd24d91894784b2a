package vn.loa.sharing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A PNG tEXt chunk carrying a card's input fingerprint, placed right after IHDR. The next bake reads
 * it from the previous output to tell whether the card would come out the same, without re-drawing.
 */
final class PngText {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int IHDR_END = 8 + 4 + 4 + 13 + 4;

    private PngText() {
    }

    /** The PNG with a tEXt chunk {@code keyword=value} inserted after IHDR. */
    static byte[] insert(byte[] png, String keyword, String value) {
        if (!isPng(png)) {
            throw new IllegalArgumentException("not a PNG");
        }
        byte[] data = (keyword + '\0' + value).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + data.length + 12);
        out.write(png, 0, IHDR_END);
        writeInt(out, data.length);
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        out.write(typeAndData, 0, typeAndData.length);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        writeInt(out, (int) crc.getValue());
        out.write(png, IHDR_END, png.length - IHDR_END);
        return out.toByteArray();
    }

    /** The value of the first tEXt chunk with this keyword before the image data, or null. */
    static String read(byte[] png, String keyword) {
        if (!isPng(png)) {
            return null;
        }
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = readInt(png, pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || pos + 12 + length > png.length || type.equals("IDAT")) {
                return null;
            }
            if (type.equals("tEXt")) {
                String text = new String(png, pos + 8, length, StandardCharsets.ISO_8859_1);
                int nul = text.indexOf('\0');
                if (nul > 0 && text.substring(0, nul).equals(keyword)) {
                    return text.substring(nul + 1);
                }
            }
            pos += 12 + length;
        }
        return null;
    }

    private static boolean isPng(byte[] bytes) {
        if (bytes.length < IHDR_END) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
