package dev.storyline.ingest.net;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

  private static final String ROBOTS = "User-agent: *\nDisallow: /private/\n";

  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    server.serve("/robots.txt", "text/plain", ROBOTS.getBytes(UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static FetchSettings settings(Duration hostDelay) {
    FetchSettings d = FetchSettings.defaults();
    return new FetchSettings("https://example.org/contact", List.of("127.0.0.1"), hostDelay, d.maxCrawlDelay(),
        d.maxRedirects(), d.maxPageBytes(), d.maxSitemapBytes(), d.deadline(), d.connectTimeout());
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = FetcherTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void fetchesAPageNamingItselfAndItsContact() throws Exception {
    server.serve("/a", "text/html; charset=utf-8", fixture("page.html"));
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      Response r = f.page(server.url("/a"), Validators.NONE);
      assertThat(new String(r.body(), UTF_8)).contains("Harbour reopens");
      assertThat(r.contentType()).startsWith("text/html");
      assertThat(r.ip()).isEqualTo("127.0.0.1");
    }
    TestServer.Hit hit = server.hits().get(server.paths().indexOf("/a"));
    assertThat(hit.header("User-agent")).startsWith("Storyline/").contains("https://example.org/contact");
  }

  @Test
  void asksWithValidatorsAndTakesNotModified() throws Exception {
    server.route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Tue, 24 Nov 2026 10:00:00 GMT");
      TestServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(UTF_8));
    });
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      Response first = f.listing(server.url("/feed"), Validators.NONE);
      assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Tue, 24 Nov 2026 10:00:00 GMT"));
      Response second = f.listing(server.url("/feed"), first.validators());
      assertThat(second.notModified()).isTrue();
      assertThat(second.body()).isEmpty();
    }
  }

  @Test
  void neverRequestsAPathRobotsDisallows() throws Exception {
    server.serve("/private/a", "text/html", fixture("page.html"));
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      assertThatThrownBy(() -> f.page(server.url("/private/a"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("/private/a: disallowed by")
          .matches(e -> ((FetchException) e).refused());
    }
    assertThat(server.paths()).containsExactly("/robots.txt");
  }

  @Test
  void fetchesNothingWhenRobotsTxtFailsAndEverythingWhenItIsMissing() throws Exception {
    server.route("/robots.txt", ex -> TestServer.send(ex, 503, "text/plain", "busy".getBytes(UTF_8)));
    server.serve("/a", "text/html", fixture("page.html"));
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      assertThatThrownBy(() -> f.page(server.url("/a"), Validators.NONE)).hasMessageContaining("HTTP 503");
    }
    assertThat(server.paths()).doesNotContain("/a");
    try (TestServer open = new TestServer(); Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      open.serve("/a", "text/html", fixture("page.html"));
      assertThat(f.page(open.url("/a"), Validators.NONE).body()).isNotEmpty();
    }
  }

  @Test
  void spacesRequestsToOneHostByAtLeastTheHostDelay() throws Exception {
    for (String p : List.of("/1", "/2", "/3")) {
      server.serve(p, "text/html", fixture("page.html"));
    }
    try (Fetcher f = new Fetcher(settings(FetchSettings.HOST_DELAY))) {
      for (String p : List.of("/1", "/2", "/3")) {
        f.page(server.url(p), Validators.NONE);
      }
    }
    List<TestServer.Hit> hits = server.hits();
    assertThat(hits).hasSize(4);
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).nanos() - hits.get(i - 1).nanos()).isGreaterThanOrEqualTo(1_000_000_000L);
    }
  }

  @Test
  void spacesRequestsToOneHostAcrossItsPorts() throws Exception {
    try (TestServer other = new TestServer()) {
      other.serve("/robots.txt", "text/plain", new byte[0]);
      for (TestServer t : List.of(server, other)) {
        t.serve("/a", "text/html", fixture("page.html"));
        t.serve("/b", "text/html", fixture("page.html"));
      }
      try (Fetcher f = new Fetcher(settings(FetchSettings.HOST_DELAY))) {
        for (String p : List.of("/a", "/b")) {
          f.page(server.url(p), Validators.NONE);
          f.page(other.url(p), Validators.NONE);
        }
      }
      List<Long> times = new java.util.ArrayList<>();
      server.hits().forEach(h -> times.add(h.nanos()));
      other.hits().forEach(h -> times.add(h.nanos()));
      java.util.Collections.sort(times);
      assertThat(times).hasSize(6);
      for (int i = 1; i < times.size(); i++) {
        assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(1_000_000_000L);
      }
    }
  }

  @Test
  void honoursCrawlDelay() throws Exception {
    server.serve("/robots.txt", "text/plain", "User-agent: storyline\nCrawl-delay: 2\n".getBytes(UTF_8));
    server.serve("/a", "text/html", fixture("page.html"));
    server.serve("/b", "text/html", fixture("page.html"));
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      f.page(server.url("/a"), Validators.NONE);
      f.page(server.url("/b"), Validators.NONE);
    }
    List<TestServer.Hit> hits = server.hits();
    assertThat(hits.get(2).nanos() - hits.get(1).nanos()).isGreaterThanOrEqualTo(2_000_000_000L);
  }

  @Test
  void stopsAGzipBombAtTheCapWithAWarning() throws Exception {
    // 662 bytes that inflate to 1 GiB: `head -c 1G /dev/zero | gzip -9 | gzip -9 | gzip -9`.
    byte[] bomb = fixture("zeros-1gib.gz.gz.gz");
    assertThat(bomb.length).isLessThan(1024);
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip, gzip, gzip");
      TestServer.send(ex, 200, "text/html", bomb);
    });
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      Response r = f.page(server.url("/bomb"), Validators.NONE);
      assertThat((long) r.body().length).isEqualTo(FetchSettings.MAX_PAGE_BYTES);
      assertThat(r.warnings()).singleElement().asString().contains("passes the cap of 10485760 bytes");
      Runtime rt = Runtime.getRuntime();
      System.out.printf("gzip bomb: %d-byte body, kept %d bytes; heap max %d MB, in use %d MB%n", bomb.length,
          r.body().length, rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }

  @Test
  void endsATrickleAtTheDeadline() throws Exception {
    server.route("/slow", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 60; i++) {
        out.write('x');
        out.flush();
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
      ex.close();
    });
    long start = System.nanoTime();
    try (Fetcher f = new Fetcher(settings(Duration.ZERO).withDeadline(Duration.ofSeconds(3)))) {
      assertThatThrownBy(() -> f.page(server.url("/slow"), Validators.NONE))
          .hasMessageContaining("/slow: no complete response within 3 s");
    }
    assertThat(System.nanoTime() - start).isLessThan(8_000_000_000L);
  }

  @Test
  void decodesBrotliAndBothKindsOfDeflate() throws Exception {
    byte[] html = fixture("page.html");
    server.route("/br", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "br");
      TestServer.send(ex, 200, "text/html", fixture("page.html.br"));
    });
    server.route("/zlib", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "deflate");
      TestServer.send(ex, 200, "text/html", deflate(html, false));
    });
    server.route("/raw", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "deflate");
      TestServer.send(ex, 200, "text/html", deflate(html, true));
    });
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      for (String p : List.of("/br", "/zlib", "/raw")) {
        assertThat(f.page(server.url(p), Validators.NONE).body()).as(p).isEqualTo(html);
      }
    }
  }

  @Test
  void followsRedirectsAndGivesUpAfterFive() throws Exception {
    server.serve("/end", "text/html", fixture("page.html"));
    for (int i = 0; i < 7; i++) {
      String next = i == 0 ? "/end" : "/r" + (i - 1);
      server.route("/r" + i, ex -> {
        ex.getResponseHeaders().set("Location", next);
        ex.sendResponseHeaders(302, -1);
        ex.close();
      });
    }
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      assertThat(f.page(server.url("/r4"), Validators.NONE).url()).isEqualTo(server.url("/end"));
      assertThatThrownBy(() -> f.page(server.url("/r6"), Validators.NONE))
          .hasMessageContaining("more than 5 redirects");
    }
  }

  @Test
  void refusesARedirectFromAnAllowedHostToAnotherLoopbackAddress() throws Exception {
    try (TestServer other = new TestServer("127.0.0.2")) {
      other.serve("/robots.txt", "text/plain", new byte[0]);
      other.serve("/secret", "text/plain", "secret".getBytes(UTF_8));
      server.route("/go", ex -> {
        ex.getResponseHeaders().set("Location", other.url("/secret"));
        ex.sendResponseHeaders(302, -1);
        ex.close();
      });
      try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
        assertThatThrownBy(() -> f.page(server.url("/go"), Validators.NONE))
            .isInstanceOf(FetchException.class)
            .hasMessageStartingWith(other.url("/secret") + ": refused: loopback");
      }
      assertThat(other.hits()).isEmpty();
      assertThat(server.paths()).containsExactly("/robots.txt", "/go");
    }
  }

  @Test
  void reportsAServerErrorInOneLine() throws Exception {
    try (Fetcher f = new Fetcher(settings(Duration.ZERO))) {
      assertThatThrownBy(() -> f.page(server.url("/missing"), Validators.NONE))
          .hasMessage(server.url("/missing") + ": HTTP 404");
    }
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      d.write(data);
    }
    return out.toByteArray();
  }
}
