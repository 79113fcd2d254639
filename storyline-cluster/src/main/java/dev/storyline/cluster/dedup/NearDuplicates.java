package dev.storyline.cluster.dedup;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Stored texts' fingerprints, searched for a near-duplicate of a new text: one whose SimHash is
 * within NEAR_BITS bits. The 64 bits are cut into BANDS bands of 16 bits; two fingerprints within
 * NEAR_BITS bits agree exactly on at least one band (there are more bands than differing bits), so
 * only fingerprints sharing a band with the query are compared, about 4n / 65536 of n stored ones
 * when fingerprints are spread, which keeps lookups fast at millions of articles. Only store and
 * look up fingerprints of texts {@link SimHash#fingerprintable}: short texts collide. Not
 * thread-safe.
 */
public final class NearDuplicates {

  /**
   * Most differing bits for a near-duplicate. Manku, Jain and Das Sarma (Detecting near-duplicates
   * for web crawling, WWW 2007) found k = 3 right for 64-bit SimHash fingerprints of web pages.
   * With this class's unweighted three-word shingles it is strict for articles: a 400-word text
   * stays within 3 bits after one replaced word in about three trials of four, and after 20 added
   * words of site header and footer in about one of three (SimHashRandomTest). Republications
   * with little change are caught; lightly edited ones often are not.
   */
  public static final int NEAR_BITS = 3;

  /** One band more than NEAR_BITS: the pigeonhole leaves at least one band without a differing bit. */
  static final int BANDS = NEAR_BITS + 1;

  static final int BAND_BITS = Long.SIZE / BANDS;

  private static final int BUCKETS = 1 << BAND_BITS;
  private static final int NONE = -1;

  private String[] ids = new String[16];
  private long[] fingerprints = new long[16];
  /** Per band and band value, the newest entry with that value; older ones are chained through next. */
  private final int[][] newest = new int[BANDS][BUCKETS];
  private int[][] next = new int[BANDS][16];
  private int size;

  public NearDuplicates() {
    for (int[] band : newest) {
      Arrays.fill(band, NONE);
    }
  }

  /** Stores a text's fingerprint under its id; an id added twice is stored twice. */
  public void add(String id, long fingerprint) {
    Objects.requireNonNull(id, "id");
    if (size == ids.length) {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, size * 2L);
      ids = Arrays.copyOf(ids, capacity);
      fingerprints = Arrays.copyOf(fingerprints, capacity);
      for (int band = 0; band < BANDS; band++) {
        next[band] = Arrays.copyOf(next[band], capacity);
      }
    }
    ids[size] = id;
    fingerprints[size] = fingerprint;
    for (int band = 0; band < BANDS; band++) {
      int key = key(fingerprint, band);
      next[band][size] = newest[band][key];
      newest[band][key] = size;
    }
    size++;
  }

  /** The id of the stored fingerprint closest to this one within NEAR_BITS bits, the earliest added on a tie. */
  public Optional<String> find(long fingerprint) {
    int best = NONE;
    int bestDistance = NEAR_BITS + 1;
    for (int band = 0; band < BANDS; band++) {
      for (int i = newest[band][key(fingerprint, band)]; i != NONE; i = next[band][i]) {
        int d = SimHash.distance(fingerprint, fingerprints[i]);
        if (d < bestDistance || d == bestDistance && i < best) {
          best = i;
          bestDistance = d;
        }
      }
    }
    return best == NONE ? Optional.empty() : Optional.of(ids[best]);
  }

  /** How many fingerprints are stored. */
  public int size() {
    return size;
  }

  private static int key(long fingerprint, int band) {
    return (int) (fingerprint >>> band * BAND_BITS) & BUCKETS - 1;
  }
}
