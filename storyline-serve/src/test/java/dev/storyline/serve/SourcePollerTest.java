package dev.storyline.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.crawl.Crawler;
import dev.storyline.ingest.net.TestServer;
import dev.storyline.model.Source;
import dev.storyline.model.SourceState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePollerTest {

  @TempDir Path data;

  @Test
  void aFaultWhileTakingItemsIsTheSourcesFailureAndBacksOff() throws Exception {
    try (TestServer server = new TestServer(); Pipeline p = new Pipeline(data);
        Crawl crawl = new Crawl(Settings.defaultsOnly(), List.of("127.0.0.1"), null)) {
      server.serve("/robots.txt", "text/plain", new byte[0]);
      server.serve("/page", "text/html",
          Site.page("Harbour pilots end their strike", Site.paragraphs(31), null, "Test Wire").getBytes(UTF_8));
      Source s = p.store().addSource(new Source(0, server.url("/page"), null, Source.UNKNOWN, Duration.ofMinutes(10),
          false, Instant.now()));
      Crawler.Progress faulty = new Crawler.Progress() {
        @Override
        public void listed(int total) {
          throw new IllegalStateException("a bug in a progress bar");
        }

        @Override
        public void fetched(int done, String url) {}
      };
      PollReport r = new SourcePoller(p, crawl.crawler(), Duration.ofDays(1)).poll(s, faulty);
      assertThat(r.failed()).isTrue();
      assertThat(r.failure()).contains("internal error").contains("a bug in a progress bar");
      SourceState state = p.store().sourceState(s.id());
      assertThat(state.failures()).isEqualTo(1);
      assertThat(Duration.between(state.lastAttempt(), state.nextDue())).isEqualTo(Duration.ofMinutes(20));
      assertThat(p.store().dueSources(Instant.now())).isEmpty();
    }
  }
}
