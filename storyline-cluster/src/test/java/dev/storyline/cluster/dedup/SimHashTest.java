package dev.storyline.cluster.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimHashTest {

  private static final List<String> OTHERS = List.of("central-bank", "court-ruling", "drought", "film-festival",
      "merger", "museum-theft", "rail-strike", "river-flood", "satellite-launch", "tennis-final", "vaccine-trial",
      "wildfire");

  @Test
  void republicationWithAnotherSitesHeaderFooterAndReadMoreLineIsANearDuplicate() throws IOException {
    int d = distanceFromOriginal("republished-with-site-chrome.txt");
    System.out.println("SimHash distance, original vs republished with site chrome: " + d);
    assertThat(d).isLessThanOrEqualTo(NearDuplicates.NEAR_BITS);
  }

  @Test
  void republicationWithOneSentenceEditedIsANearDuplicate() throws IOException {
    int d = distanceFromOriginal("republished-with-sentence-edited.txt");
    System.out.println("SimHash distance, original vs one sentence edited: " + d);
    assertThat(d).isLessThanOrEqualTo(NearDuplicates.NEAR_BITS);
  }

  @Test
  void republicationMissingTwoOfNineParagraphsIsCloserThanUnrelatedTextsButNotANearDuplicate() throws IOException {
    int d = distanceFromOriginal("republished-with-paragraphs-dropped.txt");
    System.out.println("SimHash distance, original vs two paragraphs dropped and one moved: " + d);
    assertThat(d).isGreaterThan(NearDuplicates.NEAR_BITS).isLessThan(closestUnrelatedPair());
  }

  @Test
  void textsOnOtherTopicsAreFarFromEachOtherAndFromTheOriginal() throws IOException {
    int closest = closestUnrelatedPair();
    System.out.println("SimHash distance, closest pair of unrelated texts: " + closest);
    assertThat(closest).isGreaterThan(NearDuplicates.NEAR_BITS);
  }

  @Test
  void ignoresCasePunctuationAndSpacing() {
    assertThat(SimHash.of("The Mayor said: \"Stay home,\" on Friday!"))
        .isEqualTo(SimHash.of("the   mayor SAID stay\nhome on friday"));
  }

  @Test
  void wordOrderCounts() {
    assertThat(SimHash.of("police closed the bridge after the storm"))
        .isNotEqualTo(SimHash.of("the storm closed the bridge after police"));
  }

  @Test
  void readsWordsOfAnyScriptWithTheirCombiningMarks() {
    assertThat(SimHash.of("नमस्ते दुनिया आज")).isNotEqualTo(SimHash.of("नमस त दुनिया आज"));
    assertThat(SimHash.of("STRAẞE Ärger 2024")).isEqualTo(SimHash.of("straße ärger 2024"));
  }

  @Test
  void textWithoutWordsHasFingerprintZero() {
    assertThat(SimHash.of("")).isZero();
    assertThat(SimHash.of(" -- !! ... ")).isZero();
    assertThat(SimHash.of("one")).isNotZero();
  }

  @Test
  void distanceCountsDifferingBits() {
    assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
    assertThat(SimHash.distance(-1L, 0L)).isEqualTo(64);
    assertThat(SimHash.distance(42L, 42L)).isZero();
  }

  @Test
  void onlyTextsOfAtLeastFiftyWordsAreFingerprintable() throws IOException {
    String words = "word ".repeat(SimHash.MIN_TOKENS - 1);
    assertThat(SimHash.fingerprintable(words)).isFalse();
    assertThat(SimHash.fingerprintable(words + "--- ...")).isFalse();
    assertThat(SimHash.fingerprintable(words + "last")).isTrue();
    assertThat(SimHash.fingerprintable("")).isFalse();
    assertThat(SimHash.fingerprintable(fixture("original.txt"))).isTrue();
    for (String other : OTHERS) {
      assertThat(SimHash.fingerprintable(fixture("others/" + other + ".txt"))).as(other).isTrue();
    }
  }

  private static int distanceFromOriginal(String name) throws IOException {
    return SimHash.distance(SimHash.of(fixture("original.txt")), SimHash.of(fixture(name)));
  }

  /** The smallest distance among the other-topic texts and between each of them and the original. */
  private static int closestUnrelatedPair() throws IOException {
    Map<String, Long> prints = new LinkedHashMap<>();
    prints.put("original", SimHash.of(fixture("original.txt")));
    for (String other : OTHERS) {
      prints.put(other, SimHash.of(fixture("others/" + other + ".txt")));
    }
    List<Long> values = new ArrayList<>(prints.values());
    int closest = Long.SIZE;
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        closest = Math.min(closest, SimHash.distance(values.get(i), values.get(j)));
      }
    }
    return closest;
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = SimHashTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
