package vn.loa.infographic;

import org.jbake.model.DocumentModel;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * One infographic after its checks: either a chart (data) or an uploaded picture (image), with its
 * source. {@code chart} is null for an image; {@code imageFile} and {@code picture} are null for a chart.
 */
record Infographic(DocumentModel document, Path file, String slug, String url, String title, String source,
                   String sourceYear, String sourceUrl, Chart chart, String imagePath, String imageAlt, Path imageFile,
                   BufferedImage picture) {

    /** "Nguồn: Tổng cục Thống kê và UNFPA, năm 2019" – the line every figure carries. */
    String sourceLine() {
        return "Nguồn: " + source + ", năm " + sourceYear;
    }

    String pngPath() {
        return url.substring(1) + slug + ".png";
    }

    String printUrl() {
        return url + "in/";
    }

    String leafletUrl() {
        return url + "in/a5/";
    }
}
