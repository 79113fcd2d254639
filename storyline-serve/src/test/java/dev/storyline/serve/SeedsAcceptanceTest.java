package dev.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance case: the two sample reports in {@code ../shared/samples/seeds} make one story.
 * Skips when {@code ../shared} is absent, as in a user's clone.
 */
class SeedsAcceptanceTest {

  static final Path SEEDS = Path.of("..", "..", "shared", "samples", "seeds");

  @TempDir static Path data;

  private static JsonNode story;

  @BeforeAll
  static void ingestSeeds() {
    assumeTrue(Files.isDirectory(SEEDS), "skipped: ../shared/samples/seeds is absent (evaluation data is not part of the project)");
    Cli r = Cli.run("--data", data.toString(), "ingest", SEEDS.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode stories = Cli.run("--data", data.toString(), "stories", "--json").json();
    assertThat(stories.size()).as("stories from the two seeds").isEqualTo(1);
    story = stories.get(0);
  }

  @Test
  void bothReportsFormOneStoryWithCleanTitlesAndTheBbcByline() {
    JsonNode articles = story.get("articles");
    assertThat(articles.size()).isEqualTo(2);
    List<String> outlets = new ArrayList<>();
    for (JsonNode a : articles) {
      assertThat(a.get("title").asText()).doesNotContain("Search").doesNotContain("- BBC");
      outlets.add(a.get("outlet").asText());
      if ("BBC".equals(a.get("outlet").asText())) {
        assertThat(a.get("authors").get(0).asText()).isEqualTo("Jake Kwon");
      }
    }
    assertThat(outlets).contains("BBC");
    assertThat(story.get("title").asText()).doesNotContain("Search").doesNotContain("- BBC");
  }

  @Test
  void codesAKoreaChinaCooperationEventInBeijingAndNoConflict() {
    boolean found = false;
    for (JsonNode e : story.get("events")) {
      assertThat(e.get("quadClass").asInt()).as("conflict event coded: %s", e).isLessThan(3);
      String s = e.get("source").get("country").asText();
      String t = e.get("target").path("country").asText();
      String root = e.get("cameo").asText().substring(0, 2);
      if ((s + t).equals("KORCHN") || (s + t).equals("CHNKOR")) {
        found |= List.of("03", "04", "05").contains(root) && e.get("quadClass").asInt() == 1
            && "Beijing".equals(e.path("location").path("name").asText());
      }
    }
    assertThat(found).as("a KOR-CHN event of root 03-05 in Beijing among %s", story.get("events")).isTrue();
  }

  @Test
  void resolvesBothLeadersAsGovernmentActors() {
    List<String> actors = new ArrayList<>();
    story.get("actors").forEach(a -> actors.add(a.get("name").asText() + "/" + a.get("country").asText() + "/" + a.get("role").asText()));
    assertThat(actors).contains("Lee Jae Myung/KOR/GOV", "Xi Jinping/CHN/GOV");
  }

  @Test
  void storyPageAnswersWithBothTitles() throws Exception {
    try (Pipeline p = new Pipeline(data); dev.storyline.serve.web.WebServer web = new dev.storyline.serve.web.WebServer(p)) {
      int port = web.start("127.0.0.1", 0);
      var r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/stories/" + story.get("id").asText())).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      for (JsonNode a : story.get("articles")) {
        String title = a.get("title").asText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        assertThat(r.body()).contains(title);
      }
    }
  }

  @Test
  void searchFindsBothReportsAndNothingForUnrelatedWords() {
    assertThat(Cli.run("--data", data.toString(), "search", "Xi Jinping", "--json").json().size()).isEqualTo(2);
    assertThat(Cli.run("--data", data.toString(), "search", "zebra migration", "--json").json().size()).isZero();
  }
}
