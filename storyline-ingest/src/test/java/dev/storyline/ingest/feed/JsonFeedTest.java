package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFeedTest {

  private static final String ORIGIN = "https://rescue.example/feed.json";

  @Test
  void readsItemsWithUrlOrExternalUrlResolvedAgainstTheOrigin() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("jsonfeed-1.1.json"), ORIGIN);

    assertThat(feed.format()).isEqualTo(Format.JSON_FEED);
    assertThat(feed.title()).isEqualTo("Mountain Rescue Log");
    assertThat(feed.links()).extracting(Link::url).containsExactly(
        "https://rescue.example/log/2024/avalanche-drill",
        "https://rescue.example/log/2024/snow-report",
        "https://weather.example/storm-warning");
  }

  @Test
  void readsAuthorsDatesAndPlainText() throws Exception {
    List<Link> links = Feeds.read(Fixtures.bytes("jsonfeed-1.1.json"), ORIGIN).links();

    Link drill = links.get(0);
    assertThat(drill.title()).isEqualTo("Avalanche drill & beacon check");
    assertThat(drill.summary()).isEqualTo("Teams trained on the north slope.");
    assertThat(drill.published()).isEqualTo(Instant.parse("2024-01-20T14:45:00Z"));
    assertThat(drill.authors()).containsExactly("Kai Moreno", "Ines Vogel");
    assertThat(links.get(1).published()).isEqualTo(Instant.parse("2024-01-21T00:00:00Z"));
    assertThat(links.get(1).authors()).containsExactly("Station Staff");
  }

  @Test
  void readsJsonFeed1SingleAuthorObject() throws Exception {
    String json = """
        {"version": "https://jsonfeed.org/version/1", "title": "One",
         "author": {"name": "Solo Writer"},
         "items": [{"id": "a", "url": "https://one.example/a", "author": {"name": "Item Writer"}},
                   {"id": "b", "url": "https://one.example/b"}]}""";

    List<Link> links = Feeds.read(json.getBytes(StandardCharsets.UTF_8), "one.json").links();

    assertThat(links).extracting(l -> l.authors().get(0)).containsExactly("Item Writer", "Solo Writer");
  }

  @Test
  void refusesJsonThatIsNoFeed() {
    byte[] json = "{\"version\": \"something else\", \"items\": []}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Feeds.read(json, "other.json")).isInstanceOf(FeedException.class)
        .hasMessage("other.json: JSON that is not a JSON Feed");
  }

  @Test
  void malformedJsonNamesOriginAndLine() {
    byte[] json = "{\"version\": \"https://jsonfeed.org/version/1.1\",\n\"items\": [\n{\"url\": }]}"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Feeds.read(json, "broken.json")).isInstanceOf(FeedException.class)
        .hasMessageStartingWith("broken.json: malformed JSON at line 3: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
