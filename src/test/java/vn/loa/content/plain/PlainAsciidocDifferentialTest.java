package vn.loa.content.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.content.DocumentFacts;
import vn.loa.content.LoaAsciidoctorEngine;

/**
 * Differential test of the plain path against Asciidoctor on documents from {@link AsciidocGrammar}: every
 * document the plain path converts is converted again by Asciidoctor (the engine's one shared instance) and
 * the whole JBake model compared, body byte for byte. A document the plain path refuses goes to Asciidoctor in
 * the real engine, so Loa's body is Asciidoctor's by construction; a sample of those is still compared end to
 * end through both engines. The test fails if too few documents take the plain path to mean anything.
 */
class PlainAsciidocDifferentialTest {
    private static final int DOCUMENTS = 10_000;
    /** One refused document in this many is converted both ways too (it must take Asciidoctor's path). */
    private static final int REFUSED_SAMPLE = 100;

    @TempDir
    static Path temp;

    private static JBakeConfiguration config;
    private static final LoaAsciidoctorEngine PLAIN = new LoaAsciidoctorEngine(true);
    private static final LoaAsciidoctorEngine REFERENCE = new LoaAsciidoctorEngine(false);

    @BeforeAll
    static void configure() {
        config = new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(Path.of("").toAbsolutePath().toFile(), temp.resolve("out").toFile(), false);
    }

    @Test
    void everyBodyLoaWritesIsAsciidoctors() throws IOException {
        AsciidocGrammar grammar = new AsciidocGrammar(new Random(20261204));
        long start = System.nanoTime();
        int accepted = 0;
        int withInlineMarkup = 0;
        List<String> failures = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            String text = grammar.document();
            Path file = temp.resolve("g-" + d + ".adoc");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            PlainAsciidoc.Converted converted = PlainAsciidoc.convert(linesAsTheEngineSees(text));
            boolean plain = converted != null;
            if (plain) {
                accepted++;
            } else if (d % REFUSED_SAMPLE != 0) {
                continue;
            }
            String difference = difference(file, text, plain, plain && converted.quickTidy());
            if (difference != null && failures.size() < 5) {
                failures.add(difference);
            }
            if (plain && (text.contains("*") || text.contains("_") || text.contains("link:") || text.contains("https://"))) {
                withInlineMarkup++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("PlainAsciidocDifferentialTest: %d documents, %d taken by the plain path (%d with inline markup), %.1f s%n",
            DOCUMENTS, accepted, withInlineMarkup, seconds);
        assertEquals(List.of(), failures);
        assertTrue(accepted > DOCUMENTS / 5, "only " + accepted + " of " + DOCUMENTS + " documents took the plain path");
    }

    /** Null when both engines give the same model (and the quick tidy the jsoup one), else a description. */
    private static String difference(Path file, String text, boolean plain, boolean quickTidy) {
        DocumentModel expected = REFERENCE.parse(config, file.toFile());
        DocumentModel actual = PLAIN.parse(config, file.toFile());
        String source = file + (plain ? " (plain path)" : " (Asciidoctor path)") + ":\n" + text;
        if (expected == null || actual == null) {
            return expected == actual ? null : source + "\none engine gave no model";
        }
        if (!String.valueOf(expected.getBody()).equals(actual.getBody())) {
            return source + "\nAsciidoctor:\n" + expected.getBody() + "\nLoa:\n" + actual.getBody();
        }
        if (!String.valueOf(expected.getTitle()).equals(String.valueOf(actual.getTitle()))
            || !Arrays.toString(expected.getTags()).equals(Arrays.toString(actual.getTags()))
            || !withoutBody(expected).equals(withoutBody(actual))) {
            return source + "\nmodels differ: " + withoutBody(expected) + "\n" + withoutBody(actual);
        }
        if (quickTidy) {
            DocumentModel tidied = copy(actual);
            DocumentFacts.tidyBody(tidied, path -> null, "");
            DocumentModel quick = copy(actual);
            DocumentFacts.tidyPlainBody(quick);
            if (!tidied.equals(quick)) {
                return source + "\nquick tidy differs: " + tidied + "\n" + quick;
            }
        }
        return null;
    }

    /** What the engine converts: JBake's lines (LF or CRLF, no NFC), after a key=value header. */
    private static List<String> linesAsTheEngineSees(String text) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int separator = lines.indexOf("~~~~~~");
        return separator < 0 ? lines : lines.subList(separator + 1, lines.size());
    }

    private static DocumentModel copy(DocumentModel model) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(model);
        return copy;
    }

    private static DocumentModel withoutBody(DocumentModel model) {
        DocumentModel copy = copy(model);
        copy.remove("body");
        copy.remove("tags");
        return copy;
    }
}
