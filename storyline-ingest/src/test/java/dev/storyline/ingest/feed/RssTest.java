package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RssTest {

  private static final String ORIGIN = "https://gazette.example/feeds/main.xml";

  @Test
  void readsRss2ItemsWithRelativeLinksResolvedAgainstTheFeedAddress() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("rss2-dc-creator.xml"), ORIGIN);

    assertThat(feed.format()).isEqualTo(Format.RSS);
    assertThat(feed.title()).isEqualTo("The Harbour Gazette & Ledger");
    assertThat(feed.sitemaps()).isEmpty();
    assertThat(feed.links()).extracting(Link::url).containsExactly(
        "https://gazette.example/2024/03/ferry-resumes",
        "https://gazette.example/2024/03/sea-wall?utm=rss&ref=feed",
        "https://gazette.example/2024/03/guid-only",
        "https://gazette.example/2024/03/odd-date");
  }

  @Test
  void takesEveryDcCreatorAndStripsTheMailFromRssAuthor() throws Exception {
    List<Link> links = Feeds.read(Fixtures.bytes("rss2-dc-creator.xml"), ORIGIN).links();

    assertThat(links.get(0).authors()).containsExactly("Ana Lima", "Tom Berg");
    assertThat(links.get(1).authors()).containsExactly("Ruth Okafor");
    assertThat(links.get(2).authors()).isEmpty();
  }

  @Test
  void stripsTagsAndEntitiesFromTitlesAndSummaries() throws Exception {
    Link ferry = Feeds.read(Fixtures.bytes("rss2-dc-creator.xml"), ORIGIN).links().get(0);

    assertThat(ferry.title()).isEqualTo("Ferry resumes service after storm");
    assertThat(ferry.summary()).isEqualTo("The morning ferry sailed at 7:15. Crews cleared the slipway.");
  }

  @Test
  void readsNamedZonesShortYearsAndLeavesUnreadableDatesNull() throws Exception {
    List<Link> links = Feeds.read(Fixtures.bytes("rss2-dc-creator.xml"), ORIGIN).links();

    assertThat(links.get(0).published()).isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
    assertThat(links.get(1).published()).isEqualTo(Instant.parse("2024-03-05T13:05:00Z"));
    assertThat(links.get(2).published()).isEqualTo(Instant.parse("2024-03-06T08:00:00Z"));
    assertThat(links.get(3).published()).isNull();
  }

  @Test
  void dropsRelativeLinksWhenTheOriginIsAFile() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("rss2-dc-creator.xml"), "/data/feeds/main.xml");

    assertThat(feed.links()).extracting(Link::url).doesNotContain("https://gazette.example/2024/03/ferry-resumes")
        .hasSize(3);
  }

  @Test
  void readsRss091() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("rss091.xml"), "rss091.xml");

    assertThat(feed.format()).isEqualTo(Format.RSS);
    assertThat(feed.title()).isEqualTo("Café Weekly");
    assertThat(feed.links()).extracting(Link::url)
        .containsExactly("http://cafe.example/news/roasters.html", "http://cafe.example/news/beans.html");
    assertThat(feed.links().get(0).summary()).isEqualTo("A weekend of tastings.");
  }

  @Test
  void readsRss10RdfWithDublinCoreAndAboutAsFallbackLink() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("rss10.rdf"), "rss10.rdf");

    assertThat(feed.format()).isEqualTo(Format.RDF);
    assertThat(feed.title()).isEqualTo("Observatory Notes");
    assertThat(feed.links()).extracting(Link::url).containsExactly(
        "https://observatory.example/notes/comet", "https://observatory.example/notes/eclipse");
    Link comet = feed.links().get(0);
    assertThat(comet.published()).isEqualTo(Instant.parse("2024-04-02T03:10:00Z"));
    assertThat(comet.authors()).containsExactly("M. Duarte");
    assertThat(feed.links().get(1).published()).isEqualTo(Instant.parse("2024-04-08T00:00:00Z"));
  }

  @Test
  void toleratesPrefixesTheFeedNeverDeclares() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("undeclared-prefix.xml"), "undeclared-prefix.xml");

    assertThat(feed.links()).singleElement().satisfies(link -> {
      assertThat(link.authors()).containsExactly("Pat Quinn");
      assertThat(link.published()).isEqualTo(Instant.parse("2024-07-01T00:00:00Z"));
    });
  }
}
