package dev.storyline.cluster.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts drawn from a random vocabulary with word frequencies falling off as in prose. */
class SimHashRandomTest {

  private static final int TRIALS = 200;

  private final long seed = Long.getLong("seed", System.nanoTime());
  private final Random random = new Random(seed);
  private final String[] vocabulary = vocabulary(3000);

  @Test
  void unrelatedTextsAreNeverNearDuplicates() {
    System.out.println("SimHashRandomTest seed " + seed);
    List<Long> prints = new ArrayList<>();
    for (int i = 0; i < TRIALS; i++) {
      prints.add(SimHash.of(String.join(" ", text(100))));
    }
    int closest = Long.SIZE;
    for (int i = 0; i < prints.size(); i++) {
      for (int j = i + 1; j < prints.size(); j++) {
        closest = Math.min(closest, SimHash.distance(prints.get(i), prints.get(j)));
      }
    }
    System.out.println("closest of " + TRIALS * (TRIALS - 1) / 2 + " unrelated 100-word pairs: " + closest + " bits");
    assertThat(closest).isGreaterThan(NearDuplicates.NEAR_BITS);
  }

  @Test
  void oneEditedWordKeepsLongTextsWithinNearBitsMostOfTheTime() {
    System.out.println("SimHashRandomTest seed " + seed);
    double long1 = withinNearBits(1000, 1, 0);
    double medium1 = withinNearBits(400, 1, 0);
    double medium3 = withinNearBits(400, 3, 0);
    double mediumChrome = withinNearBits(400, 0, 20);
    System.out.printf("share within %d bits: 1000 words, 1 word replaced %.2f; 400 words, 1 replaced %.2f, "
        + "3 replaced %.2f, 20 words of header and footer added %.2f%n",
        NearDuplicates.NEAR_BITS, long1, medium1, medium3, mediumChrome);
    assertThat(long1).isGreaterThan(0.8);
    assertThat(medium1).isGreaterThan(0.6);
  }

  /** Share of trials in which a text of n words stays within NEAR_BITS after the edits. */
  private double withinNearBits(int words, int replaced, int added) {
    int within = 0;
    for (int t = 0; t < TRIALS; t++) {
      List<String> text = text(words);
      List<String> edited = new ArrayList<>(text);
      for (int k = 0; k < replaced; k++) {
        edited.set(random.nextInt(words), word());
      }
      for (int k = 0; k < added / 2; k++) {
        edited.add(0, word());
        edited.add(word());
      }
      int d = SimHash.distance(SimHash.of(String.join(" ", text)), SimHash.of(String.join(" ", edited)));
      within += d <= NearDuplicates.NEAR_BITS ? 1 : 0;
    }
    return within / (double) TRIALS;
  }

  private List<String> text(int words) {
    List<String> text = new ArrayList<>(words);
    for (int i = 0; i < words; i++) {
      text.add(word());
    }
    return text;
  }

  /** A vocabulary word, the k-th most frequent about k times rarer than the first (Zipf). */
  private String word() {
    int rank = (int) Math.pow(vocabulary.length, random.nextDouble());
    return vocabulary[Math.min(rank, vocabulary.length) - 1];
  }

  private String[] vocabulary(int size) {
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      StringBuilder w = new StringBuilder();
      for (int n = 2 + random.nextInt(8); n > 0; n--) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
    }
    return words;
  }
}
