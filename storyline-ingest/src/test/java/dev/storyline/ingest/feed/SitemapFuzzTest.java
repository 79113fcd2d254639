package dev.storyline.ingest.feed;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

class SitemapFuzzTest {

  private static final byte[] HEADER = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n").getBytes(StandardCharsets.UTF_8);

  /** The fuzzer's bytes follow a sitemap header, so its mutations explore the sitemap reader. */
  @FuzzTest(maxDuration = "60s")
  void readsOrRefusesSitemaps(byte[] body) {
    byte[] bytes = new byte[HEADER.length + body.length];
    System.arraycopy(HEADER, 0, bytes, 0, HEADER.length);
    System.arraycopy(body, 0, bytes, HEADER.length, body.length);
    try {
      Feeds.read(bytes, "https://fuzz.example/sitemap.xml");
    } catch (FeedException expected) {
      // refusals are fine
    }
  }
}
