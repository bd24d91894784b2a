package vn.loa.checker;

import java.util.List;
import vn.loa.text.Token;

/**
 * Tokens as phrase matching reads them: each token's syllable id (looked up once per block, not once
 * per pattern tried) and the sentence it belongs to. {@code known} is how many ids existed at look-up:
 * a phrase compiled afterwards may use ids these tokens were never looked up for.
 */
record KeyedTokens(List<Token> tokens, int[] ids, int[] sentenceOf, int known) {

    static KeyedTokens of(List<Token> tokens, int[] sentenceOf) {
        int known = SyllableIds.count();
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = SyllableIds.lookup(tokens.get(i).key());
        }
        return new KeyedTokens(tokens, ids, sentenceOf, known);
    }

    /** Whether every id up to {@code maxId} existed when these tokens were looked up. */
    boolean covers(int maxId) {
        return maxId < known;
    }

    int size() {
        return ids.length;
    }

    boolean numeric(int i) {
        return tokens.get(i).numeric();
    }
}
