package vn.loa.sharing;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.IImageLine;
import ar.com.hjg.pngj.PngWriter;
import ar.com.hjg.pngj.chunks.PngChunkPLTE;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;

/** 8-bit palette PNGs written with PNGJ: no filter (flat colours compress well without one), no metadata. */
final class IndexedPng {
    /** zlib level 1: 4.4 ms a card instead of 6.7 ms at level 6, for 29 KB instead of 21 KB. */
    private static final int COMPRESSION = 1;

    private IndexedPng() {
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
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ImageInfo info = new ImageInfo(w, h, 8, false, false, true);
        PngWriter writer = new PngWriter(out, info);
        writer.setFilterType(FilterType.FILTER_NONE);
        writer.setCompLevel(COMPRESSION);
        PngChunkPLTE plte = writer.getMetadata().createPLTEChunk();
        plte.setNentries(palette.getMapSize());
        for (int c = 0; c < palette.getMapSize(); c++) {
            plte.setEntry(c, palette.getRed(c), palette.getGreen(c), palette.getBlue(c));
        }
        RasterRow row = new RasterRow(pixels, w);
        for (int y = 0; y < h; y++) {
            row.y = y;
            writer.writeRow(row);
        }
        writer.end();
        return out.toByteArray();
    }

    /**
     * One row of the image's own pixel array, handed to PNGJ without a copy of its own: PNGJ's
     * ImageLineByte copies an 8-bit row twice (once in bulk, then byte by byte), which was a third of
     * the time to write a card.
     */
    private static final class RasterRow implements IImageLine {
        private final byte[] pixels;
        private final int width;
        int y;

        RasterRow(byte[] pixels, int width) {
            this.pixels = pixels;
            this.width = width;
        }

        @Override
        public void writeToPngRaw(byte[] raw) {
            raw[0] = (byte) FilterType.FILTER_NONE.val; // the raw row starts with its filter byte
            System.arraycopy(pixels, y * width, raw, 1, width);
        }

        @Override
        public void readFromPngRaw(byte[] raw, int len, int offset, int step) {
            throw new UnsupportedOperationException("write only");
        }

        @Override
        public void endReadFromPngRaw() {
            throw new UnsupportedOperationException("write only");
        }
    }
}
