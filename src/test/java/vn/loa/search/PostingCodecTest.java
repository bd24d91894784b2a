package vn.loa.search;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingCodecTest {

    @Test
    void neighbouringPagesCostTwoCharactersEach() {
        String encoded = PostingCodec.encode(new int[] {0, 1, 2, 3}, new int[] {16, 8, 1, 31}, 4);
        assertEquals("4" + "0g" + "08" + "01" + "0v", encoded, "count, then (gap - 1, weight) per page");
    }

    @Test
    void largeGapsTakeMoreDigitsAndDecodeBack() {
        int[] ids = {31, 32, 1100, 40_000, 1_000_000};
        int[] weights = {0, 1, 2, 3, 4};
        String encoded = PostingCodec.encode(ids, weights, ids.length);
        assertArrayEquals(new int[] {31, 0, 32, 1, 1100, 2, 40_000, 3, 1_000_000, 4}, PostingCodec.decode(encoded));
        assertTrue(encoded.chars().allMatch(c -> PostingCodec.ALPHABET.indexOf(c) >= 0), "JSON-safe alphabet only: " + encoded);
    }

    @Test
    void randomListsRoundTrip() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            int[] ids = new int[n];
            int[] weights = new int[n];
            int id = -1;
            int[] expected = new int[2 * n];
            for (int i = 0; i < n; i++) {
                id += 1 + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(5000));
                ids[i] = id;
                weights[i] = random.nextInt(TermWeights.MAX + 1);
                expected[2 * i] = id;
                expected[2 * i + 1] = weights[i];
            }
            assertArrayEquals(expected, PostingCodec.decode(PostingCodec.encode(ids, weights, n)));
        }
    }

    @Test
    void idsMustAscendAndWeightsFitOneDigit() {
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.encode(new int[] {3, 3}, new int[] {1, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.encode(new int[] {1}, new int[] {32}, 1));
    }
}
