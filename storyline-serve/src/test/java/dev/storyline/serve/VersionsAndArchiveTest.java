package dev.storyline.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.net.TestServer;
import dev.storyline.model.Version;
import dev.storyline.serve.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A followed page that changes keeps its versions; a crawl archived to WARC replays into the same articles. */
class VersionsAndArchiveTest {

  @TempDir Path data;
  @TempDir Path replay;
  @TempDir Path archive;

  @Test
  void keepsTheVersionsOfAChangedPageAndShowsTheDifference() throws Exception {
    List<String> first = Site.paragraphs(501);
    List<String> second = new ArrayList<>(first);
    second.set(1, "The minister later said the figures had been revised after a second count was completed.");
    String title = "Harbour authority publishes storm damage figures";
    try (TestServer server = new TestServer()) {
      server.serve("/robots.txt", "text/plain", new byte[0]);
      server.serve("/damage", "text/html", Site.page(title, first, null, "Test Wire").getBytes(UTF_8));
      String d = data.toString();
      assertThat(Cli.run("--data", d, "sources", "add", server.url("/damage"), "--name", "damage", "--allow-host", "127.0.0.1").exit()).isZero();
      Cli one = Cli.run("--data", d, "sources", "poll", "damage", "--allow-host", "127.0.0.1", "--archive", archive.toString());
      assertThat(one.err()).as(one.err()).contains("1 new article(s)");
      server.serve("/damage", "text/html", Site.page(title, second, null, "Test Wire").getBytes(UTF_8));
      Cli two = Cli.run("--data", d, "sources", "poll", "damage", "--allow-host", "127.0.0.1");
      assertThat(two.err()).as(two.err()).contains("0 new article(s), 1 duplicate(s)");
    }
    try (Pipeline p = new Pipeline(data); WebServer web = new WebServer(p)) {
      String id = p.store().stories().get(0).articleIds().get(0);
      List<Version> versions = p.store().versions(id);
      assertThat(versions).hasSize(2);
      assertThat(versions.get(1).text()).contains("revised after a second count");
      int port = web.start("127.0.0.1", 0);
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/" + id + "/versions")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<ins class=\"added\">The minister later said the figures had been revised")
          .contains("<del class=\"removed\">");
      String story = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stories/" + p.store().stories().get(0).id())).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(story).contains("/articles/" + id + "/versions");
    }
    List<Path> warcs;
    try (Stream<Path> files = Files.list(archive)) {
      warcs = files.filter(f -> f.toString().endsWith(".warc.gz")).toList();
    }
    assertThat(warcs).hasSize(1);
    Cli replayed = Cli.run("--data", replay.toString(), "ingest", archive.toString());
    assertThat(replayed.exit()).as(replayed.err()).isZero();
    assertThat(replayed.err()).contains("ingested 1 new article(s)");
  }
}
