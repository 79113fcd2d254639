package dev.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeEventsCommandTest {

  private static final String SEOUL = "{\"id\": \"seoul\", \"text\": \"Protesters clashed with police in Seoul on Tuesday.\","
      + " \"date\": \"2026-03-17\"}";
  /** The summit sentence the coder's own tests code as KORGOV meeting CHNGOV. */
  private static final String SUMMIT = "{\"id\": \"summit\", \"text\": \"South Korean President Lee Jae Myung held a summit"
      + " with Chinese President Xi Jinping in Beijing on Monday. Both sides praised the talks.\", \"date\": \"2026-03-17\"}";
  private static final String WEATHER = "{\"id\": \"weather\", \"text\": \"The weather stayed mild all week.\"}";

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.strip().split("\n")) {
      nodes.add(Views.JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void printsOneJsonLinePerInputWithItsIdAndEventsAsTheEventsCommandWritesThem() throws IOException {
    Path file = Files.writeString(dir.resolve("in.jsonl"), SEOUL + "\n" + SUMMIT + "\n\n" + WEATHER + "\n");
    Cli cli = Cli.run("code-events", file.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    List<JsonNode> out = lines(cli.out());
    assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("seoul", "summit", "weather");
    assertThat(out).allSatisfy(n -> assertThat(n.get("events").isArray()).isTrue());
    assertThat(out.get(1).get("events")).isNotEmpty();
    assertThat(out.get(2).get("events")).isEmpty(); // no actor, no event
    for (JsonNode line : out) {
      for (JsonNode e : line.get("events")) {
        assertThat(e.get("cameo").asText()).matches("\\d{2,4}");
        assertThat(e.get("source").get("code").asText()).isNotBlank();
        assertThat(e.get("why").asText()).contains("matched");
        assertThat(e.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(e.get("mentions").get(0).get("articleId").asText()).isEqualTo(line.get("id").asText());
        assertThat(e.has("quadClass") && e.has("goldstein") && e.has("confidence") && e.has("target")).isTrue();
      }
    }
  }

  @Test
  void showsTheParseAndResolvedMentionsTheCoderReadWhenAsked() throws IOException {
    Path file = Files.writeString(dir.resolve("in.jsonl"), SEOUL + "\n" + WEATHER + "\n");
    List<JsonNode> out = lines(Cli.run("code-events", "--parse", file.toString()).out());
    JsonNode seoul = out.get(0).get("sentences").get(0);
    assertThat(seoul.get("text").asText()).isEqualTo("Protesters clashed with police in Seoul on Tuesday.");
    assertThat(seoul.get("tokens").get(1).asText()).isEqualTo("clashed/clash/VBD");
    assertThat(seoul.get("dependencies").toString()).contains("nsubj(clashed-2, Protesters-1)");
    assertThat(seoul.get("mentions").toString()).contains("Seoul [");
    // Nothing in the weather sentence can be an event, so it was tagged but never parsed.
    assertThat(out.get(1).get("sentences").get(0).get("dependencies")).isEmpty();
    assertThat(lines(Cli.run("code-events", file.toString()).out()).get(0).has("sentences")).isFalse();
  }

  @Test
  void stopsAtAMalformedLineNamingItAfterPrintingTheLinesBefore() throws IOException {
    Path file = Files.writeString(dir.resolve("in.jsonl"), WEATHER + "\n{\"id\": \"b\", \"text\": \n" + SEOUL + "\n");
    Cli cli = Cli.run("code-events", file.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(lines(cli.out())).singleElement().satisfies(n -> assertThat(n.get("id").asText()).isEqualTo("weather"));
    assertThat(cli.err().strip()).startsWith("storyline: " + file + ": line 2: not JSON").doesNotContain("\n");
  }

  @Test
  void refusesLinesWithoutTextOrWithABadDateAndMissingFiles() throws IOException {
    Path noText = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"a\", \"body\": \"x\"}\n");
    Cli a = Cli.run("code-events", noText.toString());
    assertThat(a.exit()).isEqualTo(2);
    assertThat(a.out()).isEmpty();
    assertThat(a.err().strip()).isEqualTo("storyline: " + noText + ": line 1: \"text\" must be a non-empty string");
    Path badDate = Files.writeString(dir.resolve("b.jsonl"), "\n[1]\n");
    assertThat(Cli.run("code-events", badDate.toString()).err().strip()).endsWith(": line 2: not a JSON object");
    Path date = Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"c\", \"text\": \"t\", \"date\": \"17.03.2026\"}");
    assertThat(Cli.run("code-events", date.toString()).err().strip())
        .isEqualTo("storyline: " + date + ": line 1: \"date\" must be YYYY-MM-DD, got \"17.03.2026\"");
    Cli missing = Cli.run("code-events", dir.resolve("none.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("storyline: " + dir.resolve("none.jsonl") + ": no such file");
  }

  @Test
  void readsStandardInputForADash() {
    InputStream old = System.in;
    Cli cli;
    try {
      System.setIn(new ByteArrayInputStream((WEATHER + "\r\n{\"id\": 7}\n").getBytes(StandardCharsets.UTF_8)));
      cli = Cli.run("code-events", "-");
    } finally {
      System.setIn(old);
    }
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.out()).contains("\"id\":\"weather\"");
    assertThat(cli.err().strip()).isEqualTo("storyline: stdin: line 2: \"id\" must be a non-empty string");
  }
}
