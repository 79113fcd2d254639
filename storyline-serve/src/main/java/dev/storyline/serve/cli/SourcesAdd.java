package dev.storyline.serve.cli;

import dev.storyline.ingest.net.Refusal;
import dev.storyline.model.Source;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Settings;
import dev.storyline.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Follow a feed (RSS, Atom, JSON Feed), a sitemap or sitemap index, or a page.")
final class SourcesAdd extends SourcesCommand.Sub implements Callable<Integer> {

  @Parameters(paramLabel = "URL") String url;

  @Option(names = "--name", description = "A short name to refer to it by.") String name;

  @Option(names = "--every", paramLabel = "DURATION", description = "How often to poll it, e.g. 15m, 1h (default: sources.every).")
  String every;

  @Mixin CrawlOptions crawl;

  @Override
  public Integer call() {
    Settings settings = settings();
    Duration interval;
    try {
      interval = Settings.parseDuration(every != null ? every : settings.text("sources.every"), "--every");
    } catch (IllegalArgumentException e) {
      throw new Main.BadInput(e.getMessage());
    }
    String vetted = vet(settings, url);
    try (Pipeline p = open()) {
      Source s = p.store().addSource(new Source(0, vetted, name, Source.UNKNOWN, interval, false, Instant.now()));
      System.err.printf("following %s as source %d, polled every %s%n", s.url(), s.id(), SourcesList.human(s.every()));
      return 0;
    } catch (StoreException | IllegalArgumentException e) {
      throw new Main.BadInput(e.getMessage());
    }
  }

  /** The URL as the guard accepts it; a refused one is bad input. */
  String vet(Settings settings, String u) {
    try {
      return crawl.guard(settings).vet(u).toString();
    } catch (Refusal r) {
      throw new Main.BadInput(r.getMessage());
    }
  }
}
