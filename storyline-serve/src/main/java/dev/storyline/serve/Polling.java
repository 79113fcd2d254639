package dev.storyline.serve;

import dev.storyline.ingest.crawl.Crawler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Polls due sources in the background while the server runs, one source at a time. */
public final class Polling implements AutoCloseable {

  /**
   * How often the schedule is checked. Sources are polled at most once a minute, so checking twice a
   * minute keeps each within half a minute of its due time.
   */
  public static final Duration TICK = Duration.ofSeconds(30);

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "storyline-poller");
    t.setDaemon(true);
    return t;
  });

  /** Starts polling; each poll's report goes to {@code log}. */
  public Polling(SourcePoller poller, Consumer<PollReport> log) {
    timer.scheduleWithFixedDelay(() -> {
      try {
        poller.pollDue(Instant.now(), Crawler.Progress.NONE).forEach(log);
      } catch (RuntimeException e) {
        // A bug must not stop the schedule for every other source; it is reported and polling goes on.
        System.err.println("storyline: polling failed: " + e);
      }
    }, 0, TICK.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
