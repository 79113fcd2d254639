package dev.storyline.ingest.feed;

import com.code_intelligence.jazzer.junit.FuzzTest;

class OpmlFuzzTest {

  /** Any bytes give outlines or a FeedException. */
  @FuzzTest(maxDuration = "60s")
  void readsOrRefusesOpml(byte[] bytes) {
    try {
      Opml.read(bytes, "https://fuzz.example/list.opml");
    } catch (FeedException expected) {
      // refusals are fine
    }
  }
}
