package vn.loa.infographic;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Writes an image as a small, reproducible PNG: colours reduced to a palette by median cut (the same
 * input always gives the same palette), maximum compression, and no metadata (no time stamps), so two
 * builds give the same bytes. Fewer colours are tried until the file fits the budget.
 */
public final class PngEncoder {
    private static final int[] PALETTE_SIZES = {256, 128, 64, 32, 16};

    private PngEncoder() {
    }

    /** @return the PNG bytes; the smallest palette's result when even that misses {@code maxBytes} */
    public static byte[] encode(BufferedImage image, int maxBytes) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xffffff;
        }
        byte[] best = null;
        for (int size : PALETTE_SIZES) {
            best = write(MedianCut.reduce(pixels, size), w, h);
            if (best.length <= maxBytes) {
                break;
            }
        }
        return best;
    }

    private static byte[] write(MedianCut.Result reduced, int w, int h) {
        int[] palette = reduced.palette();
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        int bits = palette.length <= 16 ? 4 : 8;
        IndexColorModel model = new IndexColorModel(bits, palette.length, r, g, b);
        BufferedImage indexed = new BufferedImage(w, h, bits == 8 ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_BYTE_BINARY, model);
        if (bits == 8) {
            byte[] data = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
            System.arraycopy(reduced.indices(), 0, data, 0, data.length);
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    row[x] = reduced.indices()[y * w + x] & 0xff;
                }
                indexed.getRaster().setSamples(0, y, w, 1, 0, row);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f);
            writer.write(null, new IIOImage(indexed, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Median-cut colour reduction over the image's distinct colours, weighted by how often each occurs. */
    static final class MedianCut {
        record Result(int[] palette, byte[] indices) {
        }

        private MedianCut() {
        }

        static Result reduce(int[] pixels, int maxColours) {
            int[] sorted = pixels.clone();
            Arrays.sort(sorted);
            int distinct = 0;
            int[] colours = new int[sorted.length];
            int[] counts = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    colours[distinct++] = sorted[i];
                }
                counts[distinct - 1]++;
            }
            colours = Arrays.copyOf(colours, distinct);
            counts = Arrays.copyOf(counts, distinct);

            // Boxes are ranges of the colour arrays; a split reorders its range along its widest channel.
            // Each box's score (widest channel range × √pixels) is computed once, when the box is made.
            int[] starts = new int[maxColours];
            int[] ends = new int[maxColours];
            double[] scores = new double[maxColours];
            int boxes = 1;
            ends[0] = distinct;
            scores[0] = score(colours, counts, 0, distinct);
            while (boxes < maxColours) {
                int pick = -1;
                double bestScore = 0;
                for (int i = 0; i < boxes; i++) {
                    if (scores[i] > bestScore) {
                        bestScore = scores[i];
                        pick = i;
                    }
                }
                if (pick < 0) {
                    break;
                }
                int shift = widestRange(colours, starts[pick], ends[pick])[0];
                sortRange(colours, counts, starts[pick], ends[pick], shift);
                int split = weightedMedian(counts, starts[pick], ends[pick]);
                starts[boxes] = split;
                ends[boxes] = ends[pick];
                ends[pick] = split;
                scores[pick] = score(colours, counts, starts[pick], ends[pick]);
                scores[boxes] = score(colours, counts, starts[boxes], ends[boxes]);
                boxes++;
            }

            int[] palette = new int[boxes];
            int[] sortedColours = colours;
            int[] boxOf = new int[distinct];
            for (int i = 0; i < boxes; i++) {
                long r = 0;
                long g = 0;
                long b = 0;
                long n = 0;
                for (int j = starts[i]; j < ends[i]; j++) {
                    int c = sortedColours[j];
                    r += (long) ((c >> 16) & 0xff) * counts[j];
                    g += (long) ((c >> 8) & 0xff) * counts[j];
                    b += (long) (c & 0xff) * counts[j];
                    n += counts[j];
                    boxOf[j] = i;
                }
                palette[i] = (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
            }
            // Look pixels up by colour: colours are re-sorted by value with their box alongside.
            long[] keyed = new long[distinct];
            for (int j = 0; j < distinct; j++) {
                keyed[j] = ((long) sortedColours[j] << 16) | boxOf[j];
            }
            Arrays.sort(keyed);
            int[] keys = new int[distinct];
            for (int j = 0; j < distinct; j++) {
                keys[j] = (int) (keyed[j] >> 16);
            }
            byte[] indices = new byte[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                indices[i] = (byte) (keyed[Arrays.binarySearch(keys, pixels[i])] & 0xffff);
            }
            return new Result(palette, indices);
        }

        /** How much a box gains from a split; 0 for a box of one colour, which cannot split. */
        private static double score(int[] colours, int[] counts, int from, int to) {
            return to - from < 2 ? 0 : widestRange(colours, from, to)[1] * Math.sqrt(weight(counts, from, to));
        }

        /** {channel shift, range} of the channel with the largest spread in the range. */
        private static int[] widestRange(int[] colours, int from, int to) {
            int[] best = {16, -1};
            for (int shift : new int[] {16, 8, 0}) {
                int min = 255;
                int max = 0;
                for (int j = from; j < to; j++) {
                    int v = (colours[j] >> shift) & 0xff;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                if (max - min > best[1]) {
                    best = new int[] {shift, max - min};
                }
            }
            return best;
        }

        private static long weight(int[] counts, int from, int to) {
            long n = 0;
            for (int j = from; j < to; j++) {
                n += counts[j];
            }
            return n;
        }

        /** Sorts colours (and their counts) by one channel, then by the whole value, so ties are stable. */
        private static void sortRange(int[] colours, int[] counts, int from, int to, int shift) {
            long[] keyed = new long[to - from];
            for (int j = from; j < to; j++) {
                long channel = (colours[j] >> shift) & 0xff;
                keyed[j - from] = (channel << 55) | ((long) colours[j] << 31) | counts[j];
            }
            Arrays.sort(keyed);
            for (int j = from; j < to; j++) {
                long k = keyed[j - from];
                colours[j] = (int) ((k >> 31) & 0xffffff);
                counts[j] = (int) (k & 0x7fffffff);
            }
        }

        /** First index of the upper half by pixel count; never empties either half. */
        private static int weightedMedian(int[] counts, int from, int to) {
            long half = weight(counts, from, to) / 2;
            long seen = 0;
            for (int j = from; j < to - 1; j++) {
                seen += counts[j];
                if (seen >= half) {
                    return j + 1;
                }
            }
            return to - 1;
        }
    }
}
