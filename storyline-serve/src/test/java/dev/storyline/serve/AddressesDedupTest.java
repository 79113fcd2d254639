package dev.storyline.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.net.TestServer;
import dev.storyline.model.Address;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article under several addresses is stored once, with every address and outlet. */
class AddressesDedupTest {

  @TempDir Path data;

  @Test
  void storesOneArticleFoundUnderThreeAddresses() throws Exception {
    List<String> body = Site.paragraphs(77);
    String title = "Ferry line to the islands resumes after repairs";
    try (TestServer wire = new TestServer(); TestServer copy = new TestServer("127.0.0.2")) {
      String canonical = wire.url("/world/ferry-line");
      wire.serve("/world/ferry-line", "text/html", Site.page(title, body, canonical, "Test Wire").getBytes(UTF_8));
      // The same page under an AMP-style address that names the canonical one.
      wire.serve("/amp/ferry-line", "text/html", Site.page(title, body, canonical, "Test Wire").getBytes(UTF_8));
      // A republication on another site, with that site's own header, footer and title suffix.
      copy.serve("/syndicated/8812", "text/html", Site.page(title, body, null, "Harbour Daily").getBytes(UTF_8));
      Cli r = Cli.run("--data", data.toString(), "ingest",
          wire.url("/world/ferry-line") + "?utm_source=newsletter&utm_medium=email&fbclid=abc",
          wire.url("/amp/ferry-line"), copy.url("/syndicated/8812"),
          "--allow-host", "127.0.0.1", "--allow-host", "127.0.0.2");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).contains("ingested 1 new article(s), 2 duplicate(s)");
      try (Pipeline p = new Pipeline(data)) {
        assertThat(p.store().counts().get("articles")).isEqualTo(1L);
        String id = p.store().articleByUrl(canonical).orElseThrow();
        List<Address> addresses = p.store().addresses(id);
        assertThat(addresses).extracting(Address::url)
            .contains(canonical, wire.url("/amp/ferry-line"), copy.url("/syndicated/8812"))
            .noneMatch(u -> u.contains("utm_") || u.contains("fbclid"));
        assertThat(addresses).extracting(Address::outlet).contains("Test Wire", "Harbour Daily");
      }
    }
  }
}
