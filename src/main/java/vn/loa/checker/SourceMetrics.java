package vn.loa.checker;

/** G8 counts for a page: named, quoted women and men; share = women / (women + men), or null when none. */
public record SourceMetrics(int female, int male) implements java.io.Serializable {

    public Double share() {
        int total = female + male;
        return total == 0 ? null : (double) female / total;
    }

    /** Fewer than one third women among at least three gendered sources (exactly a third is fine). */
    boolean unbalanced(int minimum) {
        int total = female + male;
        return total >= minimum && 3 * female < total;
    }
}
