package vn.loa.checker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.text.VietText;

/**
 * The gender-in-media checker. Load once, then call {@link #checkPage} from any number of threads:
 * the rules are read-only and every call keeps its state on its own stack.
 */
public final class Checker {
    static final String NO_REASON_RULE = "bo-qua-thieu-ly-do";

    private final RuleSet rules;
    private final CheckerConfig config;
    private final PhraseRuleMatcher phraseMatcher;
    private final VictimIdentityDetector victims;
    private final SupportInfoDetector support;
    private final PersonFinder personFinder;
    private final ImageChecker images;
    private final TopicClassifier topics;

    private Checker(RuleSet rules, CheckerConfig config) {
        this.rules = rules;
        this.config = config == null ? CheckerConfig.defaults() : config;
        this.phraseMatcher = new PhraseRuleMatcher(rules);
        this.victims = new VictimIdentityDetector(rules);
        this.support = new SupportInfoDetector(rules, new SupportSuggestion(this.config.support()));
        this.personFinder = new PersonFinder(rules.lexicon());
        this.images = new ImageChecker(rules);
        this.topics = new TopicClassifier(rules.lexicon());
    }

    /**
     * @param rulesDir folder of {@code *.yml} rule files, or null for the rules bundled with Loa
     * @throws IllegalArgumentException with a Vietnamese message when a rule file is invalid
     */
    public static Checker load(Path rulesDir, CheckerConfig config) {
        return new Checker(RuleLoader.load(rulesDir), config);
    }

    /**
     * Rules from layered folders (a file in a later folder replaces the same-named file of an earlier one);
     * no folder at all means the rules bundled with Loa.
     */
    public static Checker loadLayered(List<Path> rulesDirs, CheckerConfig config) {
        return new Checker(RuleLoader.loadLayered(rulesDirs), config);
    }

    /** The rules' public description, for SARIF and reports. */
    public List<RuleInfo> rules() {
        return rules.rules().stream().map(RuleInfo::of).toList();
    }

    /**
     * Checks one baked page.
     *
     * @param pagePath   page path relative to the site root, as reported
     * @param html       the page
     * @param sourceFile content file the page came from, or null
     */
    public PageResult checkPage(String pagePath, String html, Path sourceFile) {
        Page page = PageExtractor.extract(html);
        Lexicon lexicon = rules.lexicon();
        List<BlockAnalysis> analyses = new ArrayList<>(page.blocks().size());
        for (TextBlock b : page.blocks()) {
            analyses.add(new BlockAnalysis(b, lexicon));
        }
        TopicDecision topic = topics.decide(analyses, page.tags());
        boolean violence = topic.violence();
        List<LocatedFinding> raw = new ArrayList<>();
        SourceCounter sources = new SourceCounter(lexicon);
        boolean initialsNamed = false;
        boolean harmInHeadline = violence && VictimIdentityDetector.headlineNamesHarm(analyses);
        for (BlockAnalysis a : analyses) {
            List<Suppression> here = a.block().suppressions();
            List<RawFinding> found = new ArrayList<>(phraseMatcher.find(a, violence));
            List<PersonRef> persons = personFinder.find(a);
            sources.add(a, persons);
            initialsNamed |= a.block().scope() != Scope.HEADLINE && persons.stream().anyMatch(PersonRef::initials);
            if (violence) {
                found.addAll(victims.find(a, persons, harmInHeadline));
            }
            found.addAll(images.companions(a.block(), found));
            found.forEach(f -> raw.add(new LocatedFinding(f, here)));
        }
        RawFinding balance = sources.finding(rules);
        if (balance != null) {
            raw.add(new LocatedFinding(balance, List.of()));
        }
        if (violence || html.contains("1567")) {
            for (RawFinding f : support.find(page, new BlockAnalysis(page.wholeText().get(), lexicon), analyses, topic, initialsNamed)) {
                if (violence || f.rule().id().equals(SupportInfoDetector.OUTDATED)) {
                    raw.add(new LocatedFinding(f, List.of()));
                }
            }
        }
        raw.addAll(images.find(page.images()));
        return assemble(pagePath, page, dropHeadlineRepeats(raw), sources.metrics(), topic, sourceFile);
    }

    /** The headline appears as h1, title and og:title: report each headline problem once. */
    private static List<LocatedFinding> dropHeadlineRepeats(List<LocatedFinding> raw) {
        Set<String> seen = new HashSet<>();
        List<LocatedFinding> out = new ArrayList<>(raw.size());
        for (LocatedFinding l : raw) {
            RawFinding f = l.finding();
            if (f.block() != null && f.block().scope() == Scope.HEADLINE
                    && !seen.add(f.rule().id() + "|" + VietText.key(f.text()))) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    private PageResult assemble(String pagePath, Page page, List<LocatedFinding> raw, SourceMetrics metrics,
                                TopicDecision topic, Path sourceFile) {
        Map<Suppression, int[]> silenced = new IdentityHashMap<>();
        page.directives().forEach(d -> silenced.put(d, new int[1]));
        // Reading and tokenising the source costs more than checking most pages: only for a page with something to point at.
        LazyLocator locator = new LazyLocator(sourceFile);
        String sourceLabel = sourceFile == null ? null : relative(sourceFile);
        List<Finding> findings = new ArrayList<>();
        for (LocatedFinding l : raw) {
            RawFinding f = l.finding();
            if (!f.severity().atLeast(config.reportLevel()) || silencedBy(f.rule(), page.pageSuppressions(), silenced)
                    || silencedBy(f.rule(), l.suppressions(), silenced)) {
                continue;
            }
            findings.add(toFinding(pagePath, f, sourceLabel, locator));
        }
        for (Suppression d : page.directives()) {
            if (!d.hasReason()) {
                findings.add(noReason(pagePath, d, sourceLabel, locator));
            }
        }
        List<PageResult.SuppressionUse> uses = new ArrayList<>();
        for (Suppression d : page.directives()) {
            uses.add(new PageResult.SuppressionUse(d.kind().label(), String.join(", ", d.targets()),
                    d.hasReason() ? d.reason() : "", d.where(), silenced.get(d)[0], sourceLabel));
        }
        return new PageResult(pagePath, List.copyOf(findings), metrics, topic, List.copyOf(uses));
    }

    private static boolean silencedBy(Rule rule, List<Suppression> candidates, Map<Suppression, int[]> silenced) {
        for (Suppression s : candidates) {
            if (s.hasReason() && s.covers(rule)) {
                silenced.get(s)[0]++;
                return true;
            }
        }
        return false;
    }

    /** The source's locator, made on first use. */
    private static final class LazyLocator {
        private final Path sourceFile;
        private SourceLocator locator;
        private boolean made;

        LazyLocator(Path sourceFile) {
            this.sourceFile = sourceFile;
        }

        Integer lineOf(String text, String context) {
            if (!made) {
                locator = sourceFile == null ? null : SourceLocator.of(sourceFile);
                made = true;
            }
            return locator == null ? null : locator.lineOf(text, context);
        }
    }

    private static Finding toFinding(String pagePath, RawFinding f, String sourceLabel, LazyLocator locator) {
        Integer line = locator.lineOf(f.text(), f.block() == null ? null : f.context());
        Rule r = f.rule();
        return new Finding(pagePath, sourceLabel, line, r.group(), r.id(), f.severity(),
                f.block() == null ? null : f.block().scope(), f.text(), f.context(), f.message(), f.suggestionText());
    }

    /** A suppression without a reason does not silence anything and is itself an error. */
    private Finding noReason(String pagePath, Suppression d, String sourceLabel, LazyLocator locator) {
        String target = d.targets().get(0);
        Rule r = rules.rule(target);
        String group = r != null ? r.group() : target.matches("G([1-9]|10)") ? target : "*";
        String text = "loa-bo-qua: " + String.join(", ", d.targets());
        Integer line = locator.lineOf("loa bo qua " + String.join(" ", d.targets()), null);
        return new Finding(pagePath, sourceLabel, line, group, NO_REASON_RULE, Severity.ERROR, null, text,
                d.where() == null ? "" : d.where(),
                "Lệnh bỏ qua kiểm tra thiếu lý do nên không có hiệu lực. Mỗi lần bỏ qua phải ghi rõ lý do để người duyệt bài kiểm chứng.",
                "Viết theo mẫu: <!-- loa-bo-qua: MÃ_QUY_TẮC | lý do: ... -->");
    }

    private String relative(Path sourceFile) {
        Path p = sourceFile;
        Path root = config.sourceRoot();
        if (root != null) {
            Path abs = p.toAbsolutePath().normalize();
            Path r = root.toAbsolutePath().normalize();
            if (abs.startsWith(r)) {
                p = r.relativize(abs);
            }
        }
        return p.toString().replace('\\', '/');
    }
}
