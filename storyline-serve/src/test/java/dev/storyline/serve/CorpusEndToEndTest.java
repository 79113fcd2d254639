package dev.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled corpus through the whole pipeline, via the command line. */
class CorpusEndToEndTest {

  static final Path CORPUS = Path.of("..", "corpus");

  @TempDir static Path data;

  private static Cli first;

  @BeforeAll
  static void ingestCorpus() {
    first = Cli.run("--data", data.toString(), "ingest", CORPUS.toString());
  }

  @Test
  void groupsTheCorpusAsItsExpectedTableSays() throws Exception {
    assertThat(first.exit()).as(first.err()).isZero();
    Map<String, String> expected = expectedEvents();
    JsonNode stories = Cli.run("--data", data.toString(), "stories", "--json").json();
    assertThat(stories.size()).isEqualTo(new HashSet<>(expected.values()).size());
    Set<String> seenEvents = new HashSet<>();
    for (JsonNode s : stories) {
      Set<String> letters = new HashSet<>();
      for (JsonNode a : s.get("articles")) {
        String file = Path.of(a.get("origin").asText()).getFileName().toString();
        letters.add(expected.get(file));
      }
      assertThat(letters).as("story %s mixes events", s.get("title")).hasSize(1);
      assertThat(seenEvents.add(letters.iterator().next())).as("event split over stories").isTrue();
    }
  }

  @Test
  void ingestingTheSameFolderAgainChangesNothing() {
    String before = Cli.run("--data", data.toString(), "stories", "--json").out();
    Cli again = Cli.run("--data", data.toString(), "ingest", CORPUS.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("ingested 0 new article(s), 17 duplicate(s)");
    assertThat(Cli.run("--data", data.toString(), "stories", "--json").out()).isEqualTo(before);
  }

  @Test
  void refusesMissingEmptyAndBinaryInputWithExitCode2AndKeepsTheStore(@TempDir Path junk) throws Exception {
    String before = Cli.run("--data", data.toString(), "events", "--json").out();
    Path empty = Files.writeString(junk.resolve("empty.txt"), "");
    Path binary = Files.write(junk.resolve("blob.html"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
    for (Path bad : List.of(junk.resolve("missing.txt"), empty, binary)) {
      Cli r = Cli.run("--data", data.toString(), "ingest", bad.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(r.err().lines().filter(l -> l.startsWith("storyline: "))).singleElement().asString().contains(bad.toString());
    }
    assertThat(Cli.run("--data", data.toString(), "events", "--json").out()).isEqualTo(before);
  }

  @Test
  void filtersEventsByCountryPairAndSearchesArticles() {
    JsonNode events = Cli.run("--data", data.toString(), "events", "--json", "--pair", "JPN,KOR").json();
    assertThat(events.size()).isPositive();
    for (JsonNode e : events) {
      Set<String> pair = Set.of(e.get("source").get("country").asText(), e.get("target").get("country").asText());
      assertThat(pair).isEqualTo(Set.of("JPN", "KOR"));
    }
    JsonNode hits = Cli.run("--data", data.toString(), "search", "Nairobi", "fuel", "--json").json();
    assertThat(hits.size()).isEqualTo(2);
    assertThat(Cli.run("--data", data.toString(), "events", "--pair", "KOREA").exit()).isEqualTo(2);
  }

  @Test
  void exportsEveryEventAsGdeltCsvAndJsonLines() throws Exception {
    String d = data.toString();
    int stored = Cli.run("--data", d, "events", "--json").json().size();
    assertThat(stored).isPositive();
    Cli gdelt = Cli.run("--data", d, "export", "events", "--format", "gdelt");
    assertThat(gdelt.exit()).as(gdelt.err()).isZero();
    List<String> rows = gdelt.out().lines().toList();
    assertThat(rows).hasSize(stored);
    for (String row : rows) {
      String[] f = row.split("\t", -1);
      assertThat(f).hasSize(61);
      assertThat(f[0]).matches("\\d+");                       // GLOBALEVENTID
      assertThat(f[1]).matches("\\d{8}");                     // SQLDATE
      assertThat(f[26]).matches("\\d{2,4}");                  // EventCode
      assertThat(f[28]).isEqualTo(f[26].substring(0, 2));      // EventRootCode
      assertThat(Integer.parseInt(f[31])).isGreaterThanOrEqualTo(Integer.parseInt(f[33])); // mentions >= articles
      assertThat(Integer.parseInt(f[33])).isGreaterThanOrEqualTo(Integer.parseInt(f[32])); // articles >= sources
    }
    Cli csv = Cli.run("--data", d, "export", "events", "--format", "csv", "--pair", "KOR,JPN");
    Cli jsonl = Cli.run("--data", d, "export", "events", "--format", "jsonl", "--pair", "KOR,JPN");
    int pairEvents = Cli.run("--data", d, "events", "--json", "--pair", "KOR,JPN").json().size();
    assertThat(csv.out().lines().toList().get(0)).startsWith("id,date,source_code,");
    assertThat(jsonl.out().lines().toList()).hasSize(pairEvents);
    for (String line : jsonl.out().lines().toList()) {
      JsonNode n = Views.JSON.readTree(line);
      assertThat(n.get("event").get("id").asText()).isNotBlank();
      assertThat(n.get("numArticles").asInt()).isPositive();
    }
    Cli later = Cli.run("--data", d, "export", "events", "--format", "jsonl", "--since", "2100-01-01");
    assertThat(later.out()).isEmpty();
    assertThat(Cli.run("--data", d, "export", "events", "--format", "xml").exit()).isEqualTo(2);
  }

  @Test
  void reindexRebuildsTheSearchIndexFromTheStore() {
    Cli r = Cli.run("--data", data.toString(), "reindex");
    assertThat(r.err()).contains("reindexed 17 article(s)");
    assertThat(Cli.run("--data", data.toString(), "search", "Tsushima", "--json").json().size()).isEqualTo(2);
  }

  /** File name to event letter, read from the corpus's own EXPECTED.md table. */
  static Map<String, String> expectedEvents() throws Exception {
    Map<String, String> out = new HashMap<>();
    Matcher m = Pattern.compile("\\|\\s*`?([0-9]{2}-[^|`]+\\.(?:txt|html))`?\\s*\\|.*?\\|\\s*([A-Z])\\s*\\|")
        .matcher(Files.readString(CORPUS.resolve("EXPECTED.md")));
    while (m.find()) {
      out.put(m.group(1).strip(), m.group(2));
    }
    assertThat(out).as("rows of corpus/EXPECTED.md").hasSize(17);
    return out;
  }
}
