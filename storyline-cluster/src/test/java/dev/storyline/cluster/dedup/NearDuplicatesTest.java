package dev.storyline.cluster.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final long PRINT = 0x5DEECE66D1234567L;

  private final NearDuplicates store = new NearDuplicates();

  @Test
  void findsFingerprintsWithinThreeBits() {
    store.add("wire", PRINT);
    assertThat(store.find(PRINT)).contains("wire");
    assertThat(store.find(flip(PRINT, 0))).contains("wire");
    assertThat(store.find(flip(PRINT, 5, 40))).contains("wire");
    assertThat(store.find(flip(PRINT, 1, 2, 3))).contains("wire");
    assertThat(store.find(flip(PRINT, 15, 16, 63))).contains("wire");
  }

  @Test
  void missesAtFourBitsWhetherOrNotTheyShareABand() {
    store.add("wire", PRINT);
    assertThat(store.find(flip(PRINT, 0, 1, 2, 3))).isEmpty();
    assertThat(store.find(flip(PRINT, 0, 16, 32, 48))).isEmpty();
  }

  @Test
  void findsThreeFlipsSpreadOverAnyThreeBands() {
    store.add("wire", PRINT);
    for (int skipped = 0; skipped < NearDuplicates.BANDS; skipped++) {
      long query = PRINT;
      for (int band = 0; band < NearDuplicates.BANDS; band++) {
        if (band != skipped) {
          query = flip(query, band * NearDuplicates.BAND_BITS + 7 + band);
        }
      }
      assertThat(store.find(query)).as("band %d unchanged", skipped).contains("wire");
    }
  }

  @Test
  void prefersTheClosestStoredFingerprint() {
    store.add("three-off", flip(PRINT, 1, 20, 40));
    store.add("one-off", flip(PRINT, 60));
    store.add("two-off", flip(PRINT, 3, 33));
    assertThat(store.find(PRINT)).contains("one-off");
  }

  @Test
  void breaksTiesInFavourOfTheEarliestAdded() {
    store.add("first", flip(PRINT, 50, 51));
    store.add("second", flip(PRINT, 2, 3));
    store.add("third", flip(PRINT, 20, 60));
    assertThat(store.find(PRINT)).contains("first");

    NearDuplicates same = new NearDuplicates();
    same.add("a", PRINT);
    same.add("b", PRINT);
    assertThat(same.find(PRINT)).contains("a");
  }

  @Test
  void emptyStoreFindsNothingAndSizeCountsAdds() {
    assertThat(store.find(PRINT)).isEmpty();
    assertThat(store.size()).isZero();
    store.add("a", PRINT);
    store.add("a", PRINT);
    assertThat(store.size()).isEqualTo(2);
    assertThatThrownBy(() -> store.add(null, PRINT)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void agreesWithComparingEveryStoredFingerprint() {
    long seed = Long.getLong("seed", System.nanoTime());
    System.out.println("NearDuplicatesTest seed " + seed);
    Random random = new Random(seed);
    int n = 5000;
    long[] prints = new long[n];
    for (int i = 0; i < n; i++) {
      prints[i] = random.nextLong();
      store.add("id" + i, prints[i]);
    }
    int found = 0;
    for (int q = 0; q < 20_000; q++) {
      long query = prints[random.nextInt(n)];
      for (int k = random.nextInt(7); k > 0; k--) {
        query = flip(query, random.nextInt(64));
      }
      Optional<String> expected = bruteForce(prints, query);
      assertThat(store.find(query)).as("query %x", query).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(store.size()).isEqualTo(n);
    assertThat(found).isBetween(1000, 19_000);
  }

  private static Optional<String> bruteForce(long[] prints, long query) {
    int best = -1;
    for (int i = 0; i < prints.length; i++) {
      int d = SimHash.distance(prints[i], query);
      if (d <= NearDuplicates.NEAR_BITS && (best < 0 || d < SimHash.distance(prints[best], query))) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of("id" + best);
  }

  private static long flip(long print, int... bits) {
    for (int bit : bits) {
      print ^= 1L << bit;
    }
    return print;
  }
}
