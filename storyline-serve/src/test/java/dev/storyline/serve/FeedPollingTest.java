package dev.storyline.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.ingest.net.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A followed feed on a server of the test's own, polled with the default politeness. */
class FeedPollingTest {

  static final int ITEMS = 50;

  @TempDir static Path data;

  static TestServer server;
  static Cli firstPoll;
  static Cli secondPoll;
  static int hitsAfterFirst;

  @BeforeAll
  static void followAndPollTwice() throws Exception {
    server = new TestServer();
    server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(UTF_8));
    long seed = 4_2026L;
    System.out.println("FeedPollingTest seed " + seed);
    Random rng = new Random(seed);
    List<String> urls = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < ITEMS + 1; i++) {
      String title = "Council of " + Site.word(rng) + " approves " + Site.word(rng) + " plan";
      // One more item than the bar's fifty, under a path robots.txt disallows.
      String path = i == ITEMS ? "/private/leak" : "/news/" + i + "?utm_source=rss";
      server.serve(path.replace("?utm_source=rss", ""), "text/html; charset=utf-8",
          Site.page(title, Site.paragraphs(seed + i), null, "Test Wire").getBytes(UTF_8));
      urls.add(server.url(path));
      titles.add(title);
    }
    byte[] feed = Site.rss(urls, titles).getBytes(UTF_8);
    server.route("/feed.xml", ex -> {
      if ("\"feed-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"feed-1\"");
      TestServer.send(ex, 200, "application/rss+xml", feed);
    });
    String d = data.toString();
    Cli add = Cli.run("--data", d, "sources", "add", server.url("/feed.xml"), "--name", "wire", "--every", "15m",
        "--allow-host", "127.0.0.1");
    assertThat(add.exit()).as(add.err()).isZero();
    firstPoll = Cli.run("--data", d, "sources", "poll", "wire", "--allow-host", "127.0.0.1");
    hitsAfterFirst = server.hits().size();
    secondPoll = Cli.run("--data", d, "sources", "poll", "wire", "--allow-host", "127.0.0.1");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void yieldsOneArticlePerItem() {
    assertThat(firstPoll.exit()).as(firstPoll.err()).isZero();
    assertThat(firstPoll.err()).contains("wire: 51 listed, 50 fetched, 50 new article(s), 0 duplicate(s), 0 error(s)");
    JsonNode stories = Cli.run("--data", data.toString(), "stories", "--json").json();
    int articles = 0;
    for (JsonNode s : stories) {
      articles += s.get("articles").size();
    }
    assertThat(articles).isEqualTo(ITEMS);
  }

  @Test
  void theNextPollGetsNotModifiedAndRefetchesNothing() {
    assertThat(secondPoll.exit()).as(secondPoll.err()).isZero();
    assertThat(secondPoll.err()).contains("wire: not modified");
    List<TestServer.Hit> later = server.hits().subList(hitsAfterFirst, server.hits().size());
    // A new process reads robots.txt again (its rules are cached per process, as RFC 9309 allows).
    assertThat(later).extracting(TestServer.Hit::path).containsExactly("/robots.txt", "/feed.xml");
    assertThat(later.get(1).header("If-None-Match")).isEqualTo("\"feed-1\"");
  }

  @Test
  void neverRequestsAPathRobotsTxtDisallows() {
    assertThat(server.paths()).noneMatch(p -> p.startsWith("/private/"));
    assertThat(server.paths().subList(0, hitsAfterFirst)).filteredOn("/robots.txt"::equals).hasSize(1);
  }

  @Test
  void spacesEveryRequestToTheHostByASecond() {
    List<TestServer.Hit> hits = server.hits().subList(0, hitsAfterFirst);
    assertThat(hits).hasSize(ITEMS + 2); // robots.txt, the feed, fifty articles
    long least = Long.MAX_VALUE;
    for (int i = 1; i < hits.size(); i++) {
      least = Math.min(least, hits.get(i).nanos() - hits.get(i - 1).nanos());
      assertThat(hits.get(i).nanos() - hits.get(i - 1).nanos()).as("gap before %s", hits.get(i).path())
          .isGreaterThanOrEqualTo(1_000_000_000L);
    }
    System.out.printf("FeedPollingTest: %d requests, least gap %.3f s%n", hits.size(), least / 1e9);
  }

  @Test
  void aFeedJustPolledShowsNoGap() {
    JsonNode h = Cli.run("--data", data.toString(), "sources", "list", "--json").json().get(0);
    // Fifty items found in one poll are no evidence of an interval between items, nor of a silence.
    assertThat(h.get("usualInterval").isNull()).isTrue();
    assertThat(h.get("gap").asBoolean()).isFalse();
  }

  @Test
  void showsTheSourcesHealth() {
    JsonNode list = Cli.run("--data", data.toString(), "sources", "list", "--json").json();
    assertThat(list).hasSize(1);
    JsonNode h = list.get(0);
    assertThat(h.get("source").get("kind").asText()).isEqualTo("feed");
    assertThat(h.get("items").asLong()).isEqualTo(ITEMS);
    assertThat(h.get("state").get("lastSuccess").isNull()).isFalse();
    assertThat(h.get("state").get("failures").asInt()).isZero();
  }
}
