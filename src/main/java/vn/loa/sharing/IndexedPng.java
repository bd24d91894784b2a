package vn.loa.sharing;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
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
        ImageLineByte line = new ImageLineByte(info);
        for (int y = 0; y < h; y++) {
            System.arraycopy(pixels, y * w, line.getScanline(), 0, w);
            writer.writeRow(line);
        }
        writer.end();
        return out.toByteArray();
    }
}
