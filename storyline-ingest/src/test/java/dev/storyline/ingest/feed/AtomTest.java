package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomTest {

  @Test
  void resolvesLinksAgainstXmlBaseOfFeedAndEntry() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("atom-xml-base.xml"), "atom-xml-base.xml");

    assertThat(feed.format()).isEqualTo(Format.ATOM);
    assertThat(feed.links()).extracting(Link::url).containsExactly(
        "https://river.example/blog/posts/levels-fall", "https://archive.river.example/2024/bridge.html");
  }

  @Test
  void prefersPublishedOverUpdatedAndFallsBackToUpdated() throws Exception {
    List<Link> links = Feeds.read(Fixtures.bytes("atom-xml-base.xml"), "atom-xml-base.xml").links();

    assertThat(links.get(0).published()).isEqualTo(Instant.parse("2024-05-01T06:00:00Z"));
    assertThat(links.get(1).published()).isEqualTo(Instant.parse("2024-04-30T12:00:00Z"));
  }

  @Test
  void entriesWithoutAuthorsTakeTheFeedAuthor() throws Exception {
    List<Link> links = Feeds.read(Fixtures.bytes("atom-xml-base.xml"), "atom-xml-base.xml").links();

    assertThat(links.get(0).authors()).containsExactly("Lena Park");
    assertThat(links.get(1).authors()).containsExactly("Desk Editor");
  }

  @Test
  void readsHtmlTitlesAndXhtmlSummariesAsPlainText() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("atom-xml-base.xml"), "atom-xml-base.xml");

    assertThat(feed.title()).isEqualTo("River <Watch> Journal");
    assertThat(feed.links().get(0).summary()).isEqualTo("Gauges at three stations dropped.");
  }

  @Test
  void readsAtom03() throws Exception {
    String atom03 = """
        <feed version="0.3" xmlns="http://purl.org/atom/ns#">
          <title>Old style</title>
          <entry>
            <title>Legacy entry</title>
            <link rel="alternate" type="text/html" href="http://legacy.example/2005/01/entry"/>
            <issued>2005-01-15T10:00:00-05:00</issued>
            <modified>2005-01-16T10:00:00Z</modified>
            <author><name>Old Timer</name></author>
          </entry>
        </feed>""";

    Feed feed = Feeds.read(atom03.getBytes(StandardCharsets.UTF_8), "atom03");

    assertThat(feed.format()).isEqualTo(Format.ATOM);
    assertThat(feed.links()).singleElement().satisfies(link -> {
      assertThat(link.url()).isEqualTo("http://legacy.example/2005/01/entry");
      assertThat(link.published()).isEqualTo(Instant.parse("2005-01-15T15:00:00Z"));
      assertThat(link.authors()).containsExactly("Old Timer");
    });
  }
}
