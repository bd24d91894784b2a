package vn.loa.content;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Word count, reading time and summary: the one-pass count must give what the regular expression gave. */
class MeasureTextTest {
    @Test
    void countsWordsAsWhitespaceSplittingDoes() {
        String[] pieces = {"bình", "đẳng", "giới", " ", "  ", "\n", "\t", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u001C",
            "…", "“x”", "2026", ""};
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 120 : 12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            DocumentModel actual = new DocumentModel();
            DocumentFacts.measureText(actual, text.toString());
            assertEquals(expected(text.toString()), actual, "text: [" + text + "]");
        }
    }

    /** The original measurement, kept here as the reference. */
    private static DocumentModel expected(String text) {
        String[] words = text.isBlank() ? new String[0] : text.strip().split("\\s+");
        DocumentModel model = new DocumentModel();
        model.put("wordCount", words.length);
        model.put("readingMinutes", Math.max(1, (words.length + 199) / 200));
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, 40); i++) {
            summary.append(i == 0 ? "" : " ").append(words[i]);
        }
        if (words.length > 40) {
            summary.append('…');
        }
        model.put("bodySummary", summary.toString());
        return model;
    }
}
