package vn.loa.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Site-wide totals: findings by severity and group, suppressions, and quoted sources by gender. */
public record ReportSummary(int pages, int pagesWithFindings, int violencePages, Map<Severity, Integer> bySeverity,
                            Map<String, Integer> byGroup, int suppressions, int silencedFindings, int female,
                            int male) {

    static ReportSummary of(List<PageResult> pages) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        Map<String, Integer> byGroup = new TreeMap<>(
                Comparator.comparingInt(Groups::order).thenComparing(Comparator.naturalOrder()));
        int withFindings = 0;
        int violence = 0;
        int suppressions = 0;
        int silenced = 0;
        int female = 0;
        int male = 0;
        for (PageResult p : pages) {
            if (!p.findings().isEmpty()) {
                withFindings++;
            }
            if (p.violenceTopic()) {
                violence++;
            }
            for (Finding f : p.findings()) {
                bySeverity.merge(f.severity(), 1, Integer::sum);
                byGroup.merge(f.group(), 1, Integer::sum);
            }
            suppressions += p.suppressions().size();
            silenced += p.suppressions().stream().mapToInt(PageResult.SuppressionUse::silenced).sum();
            female += p.metrics().female();
            male += p.metrics().male();
        }
        return new ReportSummary(pages.size(), withFindings, violence, bySeverity, byGroup, suppressions, silenced,
                female, male);
    }

    public int findings() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Women's share among all quoted, gendered sources on the site; null when there are none. */
    public Double femaleShare() {
        return new SourceMetrics(female, male).share();
    }

    Map<String, Object> toJsonMap(List<PageResult> pageResults) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages);
        m.put("pagesWithFindings", pagesWithFindings);
        m.put("violencePages", violencePages);
        m.put("findings", findings());
        Map<String, Object> sev = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            sev.put(s.id(), bySeverity.get(s));
        }
        m.put("bySeverity", sev);
        m.put("byGroup", new LinkedHashMap<>(byGroup));
        m.put("sources", CheckReport.metricsJson(new SourceMetrics(female, male)));
        m.put("suppressionCount", suppressions);
        m.put("suppressedFindings", silencedFindings);
        List<Object> list = new ArrayList<>();
        for (PageResult p : pageResults) {
            for (PageResult.SuppressionUse u : p.suppressions()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("file", p.file());
                s.put("kind", u.kind());
                s.put("rules", u.targets());
                s.put("reason", u.reason());
                s.put("where", u.where());
                s.put("suppressed", u.silenced());
                list.add(s);
            }
        }
        m.put("suppressions", list);
        return m;
    }
}
