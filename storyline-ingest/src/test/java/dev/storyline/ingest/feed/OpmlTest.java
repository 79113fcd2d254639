package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

  @Test
  void flattensNestedFoldersKeepingOnlyOutlinesWithFeeds() throws Exception {
    List<Opml.Outline> outlines = Opml.read(Fixtures.bytes("subscriptions.opml"), "subscriptions.opml");

    assertThat(outlines).containsExactly(
        new Opml.Outline("https://gazette.example/rss", "Gazette", "https://gazette.example/"),
        new Opml.Outline("https://tribune.example/feed.xml", "The Valley Tribune", null),
        new Opml.Outline("https://observatory.example/rss", "Observatory", null),
        new Opml.Outline("http://river.example/blog/atom.xml", "Top-level feed", null));
  }

  @Test
  void roundTripsTitlesWithMarkupCharacters() throws Exception {
    List<Opml.Outline> outlines = List.of(
        new Opml.Outline("https://a.example/rss?x=1&y=2", "Tom & Jerry <weekly> \"quoted\" 'single'",
            "https://a.example/"),
        new Opml.Outline("https://b.example/feed", "Line one\nline two\ttabbed", null),
        new Opml.Outline("https://c.example/atom", null, null),
        new Opml.Outline("https://d.example/rss", "Ünïcödé — 日本語 😀", null));

    String xml = Opml.write("Mine & yours <3", outlines);

    assertThat(Opml.read(xml.getBytes(StandardCharsets.UTF_8), "written.opml")).isEqualTo(outlines);
    assertThat(Formats.sniff(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.OPML);
  }

  @Test
  void writesCharactersXmlCannotHoldAsReplacementCharacters() throws Exception {
    String xml = Opml.write("t", List.of(new Opml.Outline("https://e.example/", "bell\u0007 and \uD800 lone", null)));

    assertThat(Opml.read(xml.getBytes(StandardCharsets.UTF_8), "w.opml"))
        .extracting(Opml.Outline::title).containsExactly("bell\uFFFD and \uFFFD lone");
  }

  @Test
  void refusesDoctype() {
    byte[] xml = "<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline xmlUrl=\"https://x.example/&x;\"/></body></opml>"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Opml.read(xml, "evil.opml"))
        .hasMessage("evil.opml: refused: XML with a DOCTYPE declaration");
  }

  @Test
  void refusesOtherDocumentsAndFeedsRefusesOpml() {
    assertThatThrownBy(() -> Opml.read(Fixtures.bytes("rss091.xml"), "rss091.xml"))
        .hasMessage("rss091.xml: not an OPML document");
    assertThatThrownBy(() -> Feeds.read(Fixtures.bytes("subscriptions.opml"), "s.opml"))
        .hasMessage("s.opml: an OPML subscription list, not a feed (read it with Opml.read)");
  }
}
