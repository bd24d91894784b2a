package vn.loa.sharing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Writes an 8-bit palette image as a PNG, compressed for what a text-only share card is: large areas of
 * one colour and rows that repeat the row above.
 *
 * <p>zlib's fastest level spends about 1.2 ms on a 1200×630 image even when every pixel is the same
 * (it searches for matches byte by byte), which made compression the largest single cost of a cold
 * build. This writer looks only for the two matches such an image is made of, a run of one colour and
 * a stretch equal to the row above, found with {@link Arrays#mismatch} (vectorised), and writes them as
 * a standard deflate stream (RFC 1951, one block of fixed Huffman codes) inside a standard zlib stream
 * (RFC 1950) and PNG file. Any PNG reader decodes it; {@code FlatColourPngTest} decodes every kind of
 * card with Java's own decoders and compares pixels.
 */
final class FlatColourPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;

    /** Deflate's length codes: for each code 257..285, its first length and extra bits. */
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
        11, 11, 12, 12, 13, 13};
    /** Fixed Huffman codes of the literals 0..255 and of the length codes 257..285, bit-reversed for writing. */
    private static final int[] LITERAL_CODES = new int[256];
    private static final byte[] LITERAL_BITS = new byte[256];
    private static final int[] LENGTH_CODES = new int[LENGTH_BASE.length];
    /** Length 3..258 to its index in the tables above. */
    private static final byte[] LENGTH_CODE_INDEX = new byte[MAX_MATCH + 1];

    static {
        for (int i = 0; i < LENGTH_BASE.length; i++) {
            int end = i + 1 < LENGTH_BASE.length ? LENGTH_BASE[i + 1] : MAX_MATCH + 1;
            for (int len = LENGTH_BASE[i]; len < end && len <= MAX_MATCH; len++) {
                LENGTH_CODE_INDEX[len] = (byte) i;
            }
        }
        LENGTH_CODE_INDEX[MAX_MATCH] = (byte) (LENGTH_BASE.length - 1);
        for (int value = 0; value < 256; value++) {
            LITERAL_CODES[value] = value < 144 ? reversed(value + 0x30, 8) : reversed(value - 144 + 0x190, 9);
            LITERAL_BITS[value] = (byte) (value < 144 ? 8 : 9);
        }
        for (int i = 0; i < LENGTH_BASE.length; i++) {
            int code = 257 + i;
            LENGTH_CODES[i] = code < 280 ? reversed(code - 256, 7) : reversed(code - 280 + 0xc0, 8);
        }
    }

    /** Huffman codes are stored most significant bit first, in a stream written least significant bit first. */
    private static int reversed(int code, int length) {
        return Integer.reverse(code) >>> (32 - length);
    }

    private FlatColourPng() {
    }

    /** A palette of colour ramps: each pair blended from its first to its second colour in {@code steps}. */
    static IndexColorModel ramps(Color[][] pairs, int steps) {
        int n = pairs.length * steps;
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        int i = 0;
        for (Color[] pair : pairs) {
            for (int s = 0; s < steps; s++) {
                float t = s / (float) (steps - 1);
                r[i] = (byte) Math.round(pair[0].getRed() + (pair[1].getRed() - pair[0].getRed()) * t);
                g[i] = (byte) Math.round(pair[0].getGreen() + (pair[1].getGreen() - pair[0].getGreen()) * t);
                b[i] = (byte) Math.round(pair[0].getBlue() + (pair[1].getBlue() - pair[0].getBlue()) * t);
                i++;
            }
        }
        return new IndexColorModel(8, n, r, g, b);
    }

    static byte[] encode(BufferedImage image, IndexColorModel palette) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per pixel
        header[9] = 3; // colour type: palette
        chunk(out, "IHDR", header, header.length); // compression, filter, interlace: all 0
        int colours = palette.getMapSize();
        byte[] plte = new byte[colours * 3];
        for (int c = 0; c < colours; c++) {
            plte[3 * c] = (byte) palette.getRed(c);
            plte[3 * c + 1] = (byte) palette.getGreen(c);
            plte[3 * c + 2] = (byte) palette.getBlue(c);
        }
        chunk(out, "PLTE", plte, plte.length);
        Deflate data = new Deflate(width * height / 16, width + 1);
        data.compress(pixels, width, height);
        chunk(out, "IDAT", data.bytes, data.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /** The zlib stream of the image's scanlines, each a filter byte 0 (none) and the row's palette indices. */
    private static final class Deflate {
        byte[] bytes;
        int length;
        private long bits;
        private int bitCount;
        private final RowAdler checksum;
        /** For each match length, its length code and extra bits followed by the distance's code: one write. */
        private static final int[] RUN_CODES = new int[MAX_MATCH + 1];
        private static final byte[] RUN_BITS = new byte[MAX_MATCH + 1];
        private int[] strideCodes;
        private byte[] strideBits;

        static {
            matchCodes(1, RUN_CODES, RUN_BITS); // runs of one colour: a copy of the byte just before
        }

        Deflate(int capacity, int stride) {
            bytes = new byte[Math.max(capacity, 1024)];
            checksum = new RowAdler(stride);
        }

        void compress(byte[] pixels, int width, int height) {
            bytes[length++] = 0x78; // deflate, 32 KB window
            bytes[length++] = 0x01; // fastest, no dictionary; 0x7801 is a multiple of 31 as zlib requires
            writeBits(1, 1); // the final block
            writeBits(1, 2); // fixed Huffman codes
            int stride = width + 1; // a scanline in the stream: filter byte + pixels
            strideCodes = new int[MAX_MATCH + 1];
            strideBits = new byte[MAX_MATCH + 1];
            matchCodes(stride, strideCodes, strideBits);
            for (int y = 0; y < height; y++) {
                int row = y * width;
                if (y > 0 && stride >= MIN_MATCH && Arrays.mismatch(pixels, row, row + width, pixels, row - width, row) < 0) {
                    // A blank stretch of the card: the whole scanline, filter byte included, repeats the one above.
                    match(stride, strideCodes, strideBits);
                    checksum.repeatRow();
                    continue;
                }
                literal(0);
                checksum.row(pixels, row, width);
                int end = row + width;
                int x = row;
                while (x < end) {
                    int value = pixels[x];
                    int run = x + MIN_MATCH < end && pixels[x + 1] == value && pixels[x + 2] == value
                        && pixels[x + 3] == value ? runLength(pixels, x, end) : 1;
                    int above = y > 0 && x + MIN_MATCH <= end && pixels[x - width] == value
                        && pixels[x + 1 - width] == pixels[x + 1] && pixels[x + 2 - width] == pixels[x + 2]
                        ? sameAsAbove(pixels, x, end, width) : 0;
                    if (above >= MIN_MATCH && above >= run) {
                        match(above, strideCodes, strideBits); // the scanline above sits one stride back in the stream
                        x += above;
                    } else if (run > MIN_MATCH) {
                        literal(value & 0xff);
                        match(run - 1, RUN_CODES, RUN_BITS);
                        x += run;
                    } else {
                        literal(value & 0xff);
                        x++;
                    }
                }
            }
            writeBits(0, 7); // end of block: code 256, seven zero bits
            flushBits();
            ensure(4);
            putInt(bytes, length, checksum.value());
            length += 4;
        }

        private static int runLength(byte[] pixels, int from, int end) {
            int differs = Arrays.mismatch(pixels, from, end - 1, pixels, from + 1, end);
            return differs < 0 ? end - from : differs + 1;
        }

        private static int sameAsAbove(byte[] pixels, int from, int end, int width) {
            int differs = Arrays.mismatch(pixels, from, end, pixels, from - width, end - width);
            return differs < 0 ? end - from : differs;
        }

        /** A match of any length, split into pieces deflate allows, with the codes of its distance. */
        private void match(int length, int[] codes, byte[] bitCounts) {
            while (length > 0) {
                int piece = Math.min(length, MAX_MATCH);
                if (length - piece > 0 && length - piece < MIN_MATCH) {
                    piece = length - MIN_MATCH; // leave a piece long enough to be a match itself
                }
                writeBits(codes[piece], bitCounts[piece]);
                length -= piece;
            }
        }

        /** Length code, its extra bits and the distance code with its extra bits, for every length at one distance. */
        private static void matchCodes(int distance, int[] codes, byte[] bitCounts) {
            int distanceCode = distanceCode(distance);
            int distanceBits = distanceBits(distance);
            for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
                int index = LENGTH_CODE_INDEX[length];
                int code = LENGTH_CODES[index];
                int bits = 257 + index < 280 ? 7 : 8;
                code |= (length - LENGTH_BASE[index]) << bits;
                bits += LENGTH_EXTRA[index];
                code |= distanceCode << bits;
                bits += distanceBits;
                codes[length] = code;
                bitCounts[length] = (byte) bits;
            }
        }

        /** The distance's 5-bit code and its extra bits, as one value to write least significant bit first. */
        private static int distanceCode(int distance) {
            int index = distanceIndex(distance);
            return reversed(index, 5) | (distance - DISTANCE_BASE[index]) << 5;
        }

        private static int distanceBits(int distance) {
            return 5 + DISTANCE_EXTRA[distanceIndex(distance)];
        }

        private static int distanceIndex(int distance) {
            int index = 0;
            while (index + 1 < DISTANCE_BASE.length && DISTANCE_BASE[index + 1] <= distance) {
                index++;
            }
            return index;
        }

        private void literal(int value) {
            writeBits(LITERAL_CODES[value], LITERAL_BITS[value]);
        }

        /** Plain values (extra bits, headers): least significant bit first. */
        private void writeBits(int value, int count) {
            bits |= (long) value << bitCount;
            bitCount += count;
            if (bitCount >= 32) {
                ensure(4);
                bytes[length++] = (byte) bits;
                bytes[length++] = (byte) (bits >>> 8);
                bytes[length++] = (byte) (bits >>> 16);
                bytes[length++] = (byte) (bits >>> 24);
                bits >>>= 32;
                bitCount -= 32;
            }
        }

        /** Writes the bits still buffered, the last byte padded with zeros. */
        private void flushBits() {
            ensure(5);
            while (bitCount > 0) {
                bytes[length++] = (byte) bits;
                bits >>>= 8;
                bitCount -= 8;
            }
            bitCount = 0;
            bits = 0;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2 + more);
            }
        }
    }

    /**
     * zlib's Adler-32 of the scanlines, computed a scanline at a time so that a scanline equal to the one
     * before costs nothing: Adler-32 of a stretch of n bytes continues any running checksum (a, b) as
     * a + S, b + n·a + W, where S is the stretch's byte sum and W its sum weighted n, n-1, …, 1; both are
     * kept for the last scanline.
     */
    private static final class RowAdler {
        private static final int MOD = 65521;
        private final Adler32 scratch = new Adler32();
        private final int stride;
        private long a = 1;
        private long b;
        private long rowSum;
        private long rowWeighted;

        RowAdler(int stride) {
            this.stride = stride;
        }

        /** A scanline: filter byte 0, then the row's pixels. */
        void row(byte[] pixels, int from, int width) {
            scratch.reset();
            scratch.update(0);
            scratch.update(pixels, from, width);
            long single = scratch.getValue(); // started from a = 1, b = 0
            rowSum = Math.floorMod((single & 0xffff) - 1, MOD);
            rowWeighted = Math.floorMod((single >>> 16) - stride, MOD);
            repeatRow();
        }

        /** The last scanline once more. */
        void repeatRow() {
            b = (b + (long) stride % MOD * a + rowWeighted) % MOD;
            a = (a + rowSum) % MOD;
        }

        int value() {
            return (int) (b << 16 | a);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, head, 4, 4);
        out.writeBytes(head);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(tail);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}
