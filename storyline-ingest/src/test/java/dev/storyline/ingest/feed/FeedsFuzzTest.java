package dev.storyline.ingest.feed;

import com.code_intelligence.jazzer.junit.FuzzTest;

class FeedsFuzzTest {

  /** Any bytes give a feed or a FeedException; the sniffer never throws. */
  @FuzzTest(maxDuration = "60s")
  void readsOrRefuses(byte[] bytes) {
    Formats.sniff(bytes);
    try {
      Feed feed = Feeds.read(bytes, "https://fuzz.example/feed");
      if (feed.links().size() > Feeds.MAX_LINKS) {
        throw new IllegalStateException("more links than the limit");
      }
    } catch (FeedException expected) {
      // refusals are fine
    }
  }
}
