package vn.loa.search;

/**
 * A term's pages as a short ASCII string, safe inside JSON without escapes: the number of pages (the page
 * script weighs rare terms more and would otherwise count them first), then for each page, in
 * ascending id order, the gap to the previous id (minus one) and the page's {@link TermWeights weight}.
 * Numbers are written in base 32, most significant digit first: the last digit from {@link #ALPHABET}'s
 * first 32 characters, earlier digits from its last 32. A page next to the previous one costs two characters.
 * The page script decodes the same alphabet.
 */
final class PostingCodec {
    static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    private static final int BASE = 32;

    private PostingCodec() {
    }

    /** {@code ids} ascending, {@code weights[i]} in 0..31 for {@code ids[i]}; the first {@code count} are written. */
    static String encode(int[] ids, int[] weights, int count) {
        StringBuilder out = new StringBuilder(count * 2 + 3);
        number(count, out);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            if (ids[i] <= previous) {
                throw new IllegalArgumentException("ids must ascend: " + ids[i] + " after " + previous);
            }
            if (weights[i] < 0 || weights[i] >= BASE) {
                throw new IllegalArgumentException("weight out of range: " + weights[i]);
            }
            number(ids[i] - previous - 1, out);
            out.append(ALPHABET.charAt(weights[i]));
            previous = ids[i];
        }
        return out.toString();
    }

    private static void number(int value, StringBuilder out) {
        int digits = 1;
        for (int rest = value >>> 5; rest > 0; rest >>>= 5) {
            digits++;
        }
        for (int d = digits - 1; d > 0; d--) {
            out.append(ALPHABET.charAt(BASE + ((value >>> (5 * d)) & (BASE - 1))));
        }
        out.append(ALPHABET.charAt(value & (BASE - 1)));
    }

    /** Ids and weights interleaved: {@code [id0, weight0, id1, weight1, ...]} (tests and tools). */
    static int[] decode(String postings) {
        int[] out = new int[postings.length()];
        int n = 0;
        int value = 0;
        int previous = -1;
        boolean expectingCount = true;
        boolean expectingId = true;
        for (int i = 0; i < postings.length(); i++) {
            int digit = ALPHABET.indexOf(postings.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a posting character: " + postings.charAt(i));
            }
            if (digit >= BASE) {
                value = value * BASE + digit - BASE;
                continue;
            }
            value = value * BASE + digit;
            if (expectingCount) {
                expectingCount = false;
                value = 0;
                continue;
            }
            if (expectingId) {
                previous += value + 1;
                out[n++] = previous;
            } else {
                out[n++] = value;
            }
            expectingId = !expectingId;
            value = 0;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
