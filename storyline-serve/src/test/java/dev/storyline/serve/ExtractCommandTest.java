package dev.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final String PAGE = "<html><head><title>Quay extended - Harbour Post</title>"
      + "<meta property=\"og:site_name\" content=\"Harbour Post\">"
      + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Quay extended\","
      + "\"datePublished\":\"2024-03-02T08:00:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Lena Holm\"}}</script>"
      + "</head><body><h1>Quay extended</h1><p>The harbour board agreed on Tuesday to extend the north quay by"
      + " forty metres so that larger ferries can berth.</p><p>Work starts in May and ends before the winter storms.</p>"
      + "</body></html>";

  @TempDir Path dir;

  @Test
  void printsOneJsonObjectPerPageWithSources() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.html.gz")))) {
      out.write(PAGE.replace("Quay extended", "Quay opened").getBytes(StandardCharsets.UTF_8));
    }
    Cli cli = Cli.run("extract", dir.toString(), "--json", "--url", "https://harbour.example/quay");
    assertThat(cli.exit()).isZero();
    String[] lines = cli.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode a = Views.JSON.readTree(lines[0]);
    assertThat(a.get("file").asText()).endsWith("a.html");
    assertThat(a.get("title").asText()).isEqualTo("Quay extended");
    assertThat(a.get("authors").get(0).asText()).isEqualTo("Lena Holm");
    assertThat(a.get("published").asText()).isEqualTo("2024-03-02");
    assertThat(a.get("outlet").asText()).isEqualTo("Harbour Post");
    assertThat(a.get("url").asText()).isEqualTo("https://harbour.example/quay");
    assertThat(a.get("text").asText()).contains("larger ferries can berth.\n\nWork starts in May");
    assertThat(a.get("sources").get("published").get("from").asText()).isEqualTo("json-ld");
    assertThat(a.get("sources").get("authors").get("confidence").asDouble()).isBetween(0.0, 1.0);
    for (String field : new String[] {"modified", "language", "description", "image", "section", "tags"}) {
      assertThat(a.has(field)).as(field).isTrue();
    }
    assertThat(Views.JSON.readTree(lines[1]).get("title").asText()).isEqualTo("Quay opened");
  }

  @Test
  void reportsBadPagesOnOneLineEachAndKeepsGoing() throws IOException {
    Files.writeString(dir.resolve("good.html"), PAGE);
    Files.write(dir.resolve("empty.html"), new byte[0]);
    Files.write(dir.resolve("broken.html.gz"), "not gzip at all".getBytes(StandardCharsets.UTF_8));
    Cli cli = Cli.run("extract", dir.toString(), "--json");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.out().strip().split("\n")).hasSize(1);
    assertThat(cli.err().strip().split("\n")).hasSize(2)
        .anySatisfy(l -> assertThat(l).matches("storyline: .*empty\\.html: empty page"))
        .anySatisfy(l -> assertThat(l).matches("storyline: .*broken\\.html\\.gz: not a gzip file.*"));
  }

  @Test
  void refusesMissingPath() {
    Cli cli = Cli.run("extract", dir.resolve("nope.html").toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("nope.html: no such file or folder");
  }
}
