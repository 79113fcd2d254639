package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "rss2-dc-creator.xml | RSS",
      "rss091.xml          | RSS",
      "rss10.rdf           | RDF",
      "atom-xml-base.xml   | ATOM",
      "jsonfeed-1.1.json   | JSON_FEED",
      "news-sitemap.xml    | SITEMAP",
      "sitemap-index.xml   | SITEMAP_INDEX",
      "subscriptions.opml  | OPML",
      "xxe.xml             | RSS",
  })
  void namesTheFixtures(String fixture, Format format) {
    assertThat(Formats.sniff(Fixtures.bytes(fixture))).isEqualTo(format);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<!DOCTYPE html><html><body>feed</body></html>                | UNKNOWN",
      "'{\"items\": [], \"version\": \"https://jsonfeed.org/version/1\"}' | JSON_FEED",
      "'{\"version\": \"https://example.org/v1\"}'                    | UNKNOWN",
      "'{\"version\": '                                               | UNKNOWN",
      "'[1, 2]'                                                      | UNKNOWN",
      "plain words                                                   | UNKNOWN",
      "''                                                            | UNKNOWN",
      "<?xml version=\"1.0\"?><!-- c --><atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\"/> | ATOM",
  })
  void namesWhatTheFirstBytesSay(String text, Format format) {
    assertThat(Formats.sniff(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(format);
  }

  @org.junit.jupiter.api.Test
  void readsUtf16WithAndWithoutByteOrderMark() {
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"/>";
    assertThat(Formats.sniff(rss.getBytes(StandardCharsets.UTF_16))).isEqualTo(Format.RSS);
    assertThat(Formats.sniff(rss.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(Format.RSS);
  }

  @org.junit.jupiter.api.Test
  void neverThrowsOnGarbageGzip() {
    byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3};
    assertThat(Formats.sniff(gz)).isEqualTo(Format.UNKNOWN);
  }
}
