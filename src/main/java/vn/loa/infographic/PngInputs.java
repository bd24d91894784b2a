package vn.loa.infographic;

import vn.loa.build.Fingerprints;
import vn.loa.build.SourceFile;
import vn.loa.graphics.Fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The digest of everything a downloadable PNG is drawn from, so that an unchanged infographic reuses
 * the last bake's PNG instead of drawing it again. The drawing code itself is part of it: a new Loa
 * that draws differently redraws every PNG.
 */
final class PngInputs {
    private static final List<Class<?>> DRAWING_CODE = List.of(PngCard.class, PngEncoder.class, ScenePainter.class,
        ChartLayout.class, FigureLayouts.class, Hatching.class, SceneBuilder.class, TextMetrics.class, Scaling.class, Fonts.class);
    private static final String CODE = codeDigest();

    private PngInputs() {
    }

    static String digest(Infographic i, PngCard.Text text, Path imageFile) {
        List<Object> inputs = new ArrayList<>(List.of(CODE, text.siteName(), text.title(), text.source(), text.address()));
        if (i.chart() != null) {
            inputs.add(i.chart().toString());
        } else {
            try {
                inputs.add(SourceFile.sha256(Files.readAllBytes(imageFile)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Fingerprints.of(inputs.toArray());
    }

    private static String codeDigest() {
        List<Object> parts = new ArrayList<>();
        for (Class<?> type : DRAWING_CODE) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                parts.add(in == null ? type.getName() : SourceFile.sha256(in.readAllBytes()));
            } catch (IOException e) {
                parts.add(type.getName());
            }
        }
        return Fingerprints.of(parts.toArray());
    }
}
