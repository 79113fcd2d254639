package dev.storyline.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.net.TestServer;
import dev.storyline.model.SourceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile feeds through the command line: refused whole, nothing of them kept, and the source backs off. */
class FeedSafetyTest {

  @TempDir Path data;

  static final String XXE = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>&x;</title>
      <item><title>&x;</title><link>http://example.org/a</link></item></channel></rss>
      """;

  static final String LAUGHS = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
      <rss version="2.0"><channel><title>&lol3;</title></channel></rss>
      """;

  @Test
  void refusesAnExternalEntityFeedAndKeepsNoPartOfIt() throws Exception {
    try (TestServer server = new TestServer()) {
      server.serve("/robots.txt", "text/plain", new byte[0]);
      server.serve("/xxe.xml", "application/rss+xml", XXE.getBytes(UTF_8));
      server.serve("/laughs.xml", "application/rss+xml", LAUGHS.getBytes(UTF_8));
      for (String path : new String[] {"/xxe.xml", "/laughs.xml"}) {
        Cli r = Cli.run("--data", data.toString(), "ingest", server.url(path), "--allow-host", "127.0.0.1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(server.url(path)).contains("DOCTYPE").doesNotContain("root:").doesNotContain("lollol");
        assertThat(r.out()).isEmpty();
      }
      assertThat(server.paths()).doesNotContain("/a");
    }
    String everything = Files.walk(data).filter(Files::isRegularFile).map(f -> {
      try {
        return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).reduce("", String::concat);
    assertThat(everything).doesNotContain("root:x:0:0").doesNotContain("lollollol");
  }

  @Test
  void aFailingSourceRecordsItsErrorAndBacksOff() throws Exception {
    try (TestServer server = new TestServer()) {
      server.serve("/robots.txt", "text/plain", new byte[0]);
      server.route("/down.xml", ex -> TestServer.send(ex, 502, "text/plain", "bad gateway".getBytes(UTF_8)));
      String d = data.toString();
      assertThat(Cli.run("--data", d, "sources", "add", server.url("/down.xml"), "--every", "10m", "--allow-host", "127.0.0.1").exit()).isZero();
      Cli first = Cli.run("--data", d, "sources", "poll", "1", "--allow-host", "127.0.0.1");
      Cli second = Cli.run("--data", d, "sources", "poll", "1", "--allow-host", "127.0.0.1");
      assertThat(first.exit()).isEqualTo(2);
      assertThat(first.err()).contains(server.url("/down.xml") + ": HTTP 502");
      try (Pipeline p = new Pipeline(data)) {
        SourceState s = p.store().sourceState(1);
        assertThat(s.failures()).isEqualTo(2);
        assertThat(s.lastError()).endsWith("HTTP 502");
        assertThat(Duration.between(s.lastAttempt(), s.nextDue())).isEqualTo(Duration.ofMinutes(40));
      }
      assertThat(Cli.run("--data", d, "sources", "list").out()).contains("failing").contains("last error (2 in a row)");
    }
  }
}
