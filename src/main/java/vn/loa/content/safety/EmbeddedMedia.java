package vn.loa.content.safety;

import vn.loa.content.ProblemSink;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses content that embeds a resource from another host ({@link ExternalResources}), with the line that
 * holds it: AsciiDoc {@code video::} and {@code audio::} blocks are found in the source (a
 * {@code video::id[youtube]} never shows the address it will load), everything else in the converted body.
 */
public final class EmbeddedMedia {
    private static final Pattern MEDIA_MACRO = Pattern.compile("^\\s*(video|audio)::([^\\[]*)\\[(.*)]\\s*$");
    private static final Pattern PLATFORM = Pattern.compile("(?i)^\\s*(youtube|vimeo|wistia)\\b");

    private EmbeddedMedia() {
    }

    /**
     * @param firstLine the file line of {@code lines.get(0)}
     * @return true when no media block loads from another host
     */
    public static boolean checkAsciidocMacros(List<String> lines, int firstLine, String siteBaseUrl, ProblemSink errors) {
        boolean clean = true;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MEDIA_MACRO.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            Matcher platform = PLATFORM.matcher(m.group(3));
            String target = m.group(2).strip();
            if (platform.find() || ExternalResources.isElsewhere(target, siteBaseUrl)) {
                boolean onPlatform = platform.find(0);
                String what = onPlatform ? m.group(1) + "::…[" + platform.group(1) + "]" : m.group(1) + "::";
                String from = onPlatform ? platform.group(1) + ": " + target : target;
                errors.report(firstLine + i, ExternalResources.message(new ExternalResources.Found(what, from)));
                clean = false;
            }
        }
        return clean;
    }

    /**
     * @param fileLines every line of the source file, to find where each address was written
     * @return true when the body loads nothing from another host
     */
    public static boolean checkBody(String html, List<String> fileLines, String siteBaseUrl, ProblemSink errors) {
        List<ExternalResources.Found> found = ExternalResources.in(html, siteBaseUrl);
        for (ExternalResources.Found f : found) {
            errors.report(lineOf(fileLines, f.url()), ExternalResources.message(f));
        }
        return found.isEmpty();
    }

    private static int lineOf(List<String> lines, String url) {
        for (String needle : List.of(url, url.replace("&", "&amp;"))) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
