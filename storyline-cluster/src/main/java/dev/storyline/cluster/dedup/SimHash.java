package dev.storyline.cluster.dedup;

/**
 * 64-bit SimHash (Charikar 2002) of a text's word shingles: near-identical texts get fingerprints
 * that differ in few bits. Words are runs of Unicode letters and digits (with the combining marks
 * inside them, which some scripts need to spell a word), compared without case; punctuation,
 * spacing and markup leftovers do not count. Every occurrence of a shingle weighs the same.
 *
 * <p>A fingerprint only means something for a text of at least {@link #MIN_TOKENS} words: callers
 * must check {@link #fingerprintable} and never look up or store fingerprints of shorter texts.
 */
public final class SimHash {

  /**
   * Words per shingle. Single words ignore word order, so two reports of one topic written
   * independently share most of their features; each further word makes one edited word disturb
   * one more shingle. With three, an edited word changes at most three shingles, while shared
   * three-word sequences stay rare between texts that were not copied from each other.
   */
  static final int SHINGLE_WORDS = 3;

  /**
   * Fewest words a fingerprint is trusted for. A short text has so few shingles that a handful
   * decide every bit, and captions, bylines and teasers collide; fifty words (two or three
   * sentences) is below any article body worth deduplicating.
   */
  public static final int MIN_TOKENS = 50;

  private SimHash() {}

  /** The text's fingerprint; 0 for a text without words. Linear time, constant memory. */
  public static long of(String text) {
    int[] votes = new int[Long.SIZE];
    long[] window = new long[SHINGLE_WORDS];
    Words words = new Words(text);
    int count = 0;
    for (long word = words.next(); words.found(); word = words.next()) {
      window[count % SHINGLE_WORDS] = word;
      count++;
      if (count >= SHINGLE_WORDS) {
        vote(votes, shingle(window, count));
      }
    }
    if (count > 0 && count < SHINGLE_WORDS) {
      vote(votes, shingle(window, count));
    }
    long fingerprint = 0;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** How many bits two fingerprints differ in: 0 for the same text, about 32 for unrelated texts. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** Whether the text has at least MIN_TOKENS words, so that its fingerprint may be compared. */
  public static boolean fingerprintable(String text) {
    Words words = new Words(text);
    int count = 0;
    while (count < MIN_TOKENS) {
      words.next();
      if (!words.found()) {
        return false;
      }
      count++;
    }
    return true;
  }

  /** The hash of the last min(count, SHINGLE_WORDS) words, in order; window is a ring ending at count. */
  private static long shingle(long[] window, int count) {
    int n = Math.min(count, SHINGLE_WORDS);
    long h = 0;
    for (int k = count - n; k < count; k++) {
      h = Mix.finish(h * Mix.MULTIPLIER + window[k % SHINGLE_WORDS]);
    }
    return h;
  }

  private static void vote(int[] votes, long hash) {
    for (int bit = 0; bit < Long.SIZE; bit++) {
      votes[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
    }
  }
}
