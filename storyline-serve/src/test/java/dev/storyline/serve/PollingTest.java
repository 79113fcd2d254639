package dev.storyline.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.net.TestServer;
import dev.storyline.model.Source;
import dev.storyline.model.SourceState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's background polling takes a due source without being asked. */
class PollingTest {

  @TempDir Path data;

  @Test
  void pollsADueSourceInTheBackgroundAndSchedulesTheNext() throws Exception {
    try (TestServer server = new TestServer(); Pipeline p = new Pipeline(data);
        Crawl crawl = new Crawl(Settings.defaultsOnly(), List.of("127.0.0.1"), null)) {
      server.serve("/robots.txt", "text/plain", new byte[0]);
      server.serve("/story", "text/html",
          Site.page("Dockworkers end strike after pay deal", Site.paragraphs(9), null, "Test Wire").getBytes(UTF_8));
      Source s = p.store().addSource(new Source(0, server.url("/story"), "dock", Source.UNKNOWN, Duration.ofMinutes(20),
          false, Instant.now()));
      List<PollReport> reports = new CopyOnWriteArrayList<>();
      try (Polling polling = new Polling(new SourcePoller(p, crawl.crawler(), Duration.ofDays(1)), reports::add)) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (reports.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }
      }
      assertThat(reports).singleElement().satisfies(r -> {
        assertThat(r.failed()).isFalse();
        assertThat(r.added()).isEqualTo(1);
      });
      SourceState state = p.store().sourceState(s.id());
      assertThat(state.lastSuccess()).isNotNull();
      assertThat(Duration.between(state.lastAttempt(), state.nextDue())).isEqualTo(Duration.ofMinutes(20));
      assertThat(p.store().source("dock").orElseThrow().kind()).isEqualTo(Source.PAGE);
    }
  }
}
