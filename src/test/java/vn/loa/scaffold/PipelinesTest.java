package vn.loa.scaffold;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub Actions and GitLab CI pipelines, read as YAML: the triggers, jobs and publishing steps
 * are there, and every Maven command they run is one README gives (so CI runs what officers and
 * developers run).
 */
class PipelinesTest {
    static final Path GITHUB = Path.of(".github/workflows/loa.yml");
    static final Path GITLAB = Path.of(".gitlab-ci.yml");
    private static final String BUILD_COMMAND = "mvn -q -DskipTests package";
    static final String TEST_COMMAND = "mvn -B verify";
    private static final Pattern MAVEN = Pattern.compile("\\bmvn\\b[^|&;>]*");

    @Test
    void githubRunsOnPushPullRequestAndEveryNightAtFiveMinutesPastMidnightInVietnam() throws IOException {
        Map<String, Object> workflow = yaml(GITHUB);
        // YAML 1.1 reads the bare key "on" as true.
        Map<String, Object> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
        assertTrue(on.containsKey("push"));
        assertTrue(on.containsKey("pull_request"));
        List<Object> schedule = list(on.get("schedule"));
        assertEquals("5 17 * * *", map(schedule.get(0)).get("cron"), "17:05 UTC is 00:05 in Vietnam");
    }

    @Test
    void githubBakesTestsReportsAndPublishesToPages() throws IOException {
        Map<String, Object> jobs = map(yaml(GITHUB).get("jobs"));
        List<Object> steps = list(map(jobs.get("build")).get("steps"));

        Map<String, Object> java = step(steps, "actions/setup-java@");
        assertEquals("17", map(java.get("with")).get("java-version"));
        assertEquals("maven", map(java.get("with")).get("cache"));
        assertTrue(runs(steps).stream().anyMatch(r -> r.contains("apt-get install") && r.contains("chromium chromium-driver")));
        assertTrue(runs(steps).stream().anyMatch(r -> r.contains("$GITHUB_STEP_SUMMARY")), "checker summary on the run page");
        assertEquals("target/checker-report/report.sarif",
            map(step(steps, "github/codeql-action/upload-sarif@").get("with")).get("sarif_file"));
        assertEquals("target/public", map(step(steps, "actions/upload-pages-artifact@").get("with")).get("path"));

        Map<String, Object> deploy = map(jobs.get("deploy"));
        assertEquals("build", deploy.get("needs"));
        assertNotNull(step(list(deploy.get("steps")), "actions/deploy-pages@"));
        assertEquals("write", map(deploy.get("permissions")).get("pages"));
        assertEquals("write", map(deploy.get("permissions")).get("id-token"));

        assertOrder(runs(steps), BUILD_COMMAND, TEST_COMMAND);
    }

    @Test
    void gitlabBakesTestsAndPublishesPagesAndHandlesMergeRequestsAndSchedules() throws IOException {
        Map<String, Object> ci = yaml(GITLAB);
        String rules = String.valueOf(map(ci.get("workflow")).get("rules"));
        assertTrue(rules.contains("merge_request_event"));
        assertTrue(rules.contains("\"schedule\""), "the nightly schedule (set in the project settings) may run");
        assertEquals(List.of("bake", "test", "deploy"), ci.get("stages"));

        Map<String, Object> bake = map(ci.get("bake"));
        assertTrue(String.join("\n", scripts(bake)).contains(BUILD_COMMAND));
        Map<String, Object> reports = map(bake.get("artifacts"));
        assertEquals("always", reports.get("when"), "the checker report is kept when the bake fails");
        assertNotNull(reports.get("expose_as"), "the report is linked from the merge request");
        assertTrue(list(reports.get("paths")).contains("target/checker-report/report.html"));

        Map<String, Object> test = map(ci.get("test"));
        assertTrue(scripts(test).contains(TEST_COMMAND));
        assertTrue(String.valueOf(map(test.get("variables")).get("EXTRA_PACKAGES")).contains("chromium chromium-driver"));
        assertTrue(String.join("\n", scripts(map(ci.get("default")))).contains("$EXTRA_PACKAGES"));

        Map<String, Object> pages = map(ci.get("pages"));
        assertEquals("deploy", pages.get("stage"));
        assertTrue(list(map(pages.get("artifacts")).get("paths")).contains("public"));
        assertTrue(String.join("\n", scripts(pages)).contains("mv target/public public"));
    }

    @Test
    void bothPipelinesKeepLoasBakeCacheUnderAKeyOfLoasCodeAndTheSiteSettings() throws IOException {
        List<Object> steps = list(map(map(yaml(GITHUB).get("jobs")).get("build")).get("steps"));
        Map<String, Object> cache = map(step(steps, "actions/cache@").get("with"));
        assertEquals("target/public.loa-cache", cache.get("path"));
        String key = String.valueOf(cache.get("key"));
        assertTrue(key.contains("'pom.xml'") && key.contains("'src/main/**'") && key.contains("'jbake.properties'"), key);
        assertTrue(steps.indexOf(step(steps, "actions/cache@")) < steps.indexOf(steps.stream()
            .filter(s -> String.valueOf(map(s).get("run")).contains(BUILD_COMMAND)).findFirst().orElseThrow()),
            "the cache is restored before the bake");

        Map<String, Object> bakeCache = list(yaml(GITLAB).get("cache")).stream().map(PipelinesTest::map)
            .filter(c -> list(c.get("paths")).contains("target/public.loa-cache/")).findFirst().orElseThrow();
        assertEquals(List.of("pom.xml", "jbake.properties"), map(bakeCache.get("key")).get("files"));
    }

    @Test
    void everyMavenCommandOfBothPipelinesIsOneReadmeGives() throws IOException {
        List<String> readme = readmeCommands();
        assertTrue(readme.contains(BUILD_COMMAND), "README gives the build command");
        assertTrue(readme.contains(TEST_COMMAND), "README gives the test command");
        List<String> used = new ArrayList<>();
        for (Path file : List.of(GITHUB, GITLAB)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String code = line.replaceFirst("#.*$", "");
                Matcher m = MAVEN.matcher(code);
                while (m.find()) {
                    String command = m.group().replaceFirst("\\s+\\d$", "").strip();
                    used.add(command);
                    assertTrue(readme.contains(command), file + " runs \"" + command + "\", which README does not give");
                }
            }
        }
        assertTrue(used.contains(BUILD_COMMAND) && used.contains(TEST_COMMAND), "both pipelines bake and test: " + used);
    }

    /** Commands in README: indented code lines and `inline code` starting with mvn. */
    private static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        Pattern inline = Pattern.compile("`(mvn [^`]+)`");
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("    mvn ")) {
                commands.add(line.strip());
            }
            Matcher m = inline.matcher(line);
            while (m.find()) {
                commands.add(m.group(1).strip());
            }
        }
        return commands;
    }

    private static void assertOrder(List<String> runs, String first, String second) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).contains(first) && a < 0) {
                a = i;
            }
            if (runs.get(i).contains(second) && b < 0) {
                b = i;
            }
        }
        assertTrue(a >= 0 && b > a, "bake (" + first + ") before the tests (" + second + ")");
    }

    private static Map<String, Object> step(List<Object> steps, String usesPrefix) {
        for (Object step : steps) {
            Object uses = map(step).get("uses");
            if (uses != null && uses.toString().startsWith(usesPrefix)) {
                return map(step);
            }
        }
        throw new AssertionError("no step uses " + usesPrefix);
    }

    static List<String> runs(List<Object> steps) {
        List<String> runs = new ArrayList<>();
        for (Object step : steps) {
            Object run = map(step).get("run");
            if (run != null) {
                runs.add(run.toString());
            }
        }
        assertFalse(runs.isEmpty());
        return runs;
    }

    static List<String> scripts(Map<String, Object> job) {
        List<String> lines = new ArrayList<>();
        for (String key : List.of("before_script", "script")) {
            if (job.get(key) != null) {
                list(job.get(key)).forEach(l -> lines.add(String.valueOf(l)));
            }
        }
        return lines;
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        assertTrue(o instanceof List, "expected a list, got " + o);
        return (List<Object>) o;
    }
}
