package dev.storyline.serve.cli;

import dev.storyline.model.Source;
import dev.storyline.serve.Crawl;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.PollReport;
import dev.storyline.serve.SourcePoller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "poll", mixinStandardHelpOptions = true,
    description = "Poll sources now: the ones named, or every source that is due.")
final class SourcesPoll extends SourcesCommand.Sub implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Ids, URLs or names; none means every due source.")
  List<String> refs = new ArrayList<>();

  @Mixin CrawlOptions crawl;

  @Override
  public Integer call() {
    try (Pipeline p = open(); Crawl c = crawl.open(settings())) {
      SourcePoller poller = new SourcePoller(p, c.crawler(), settings().duration("sources.max-backoff"));
      List<Source> chosen = refs.isEmpty() ? p.store().dueSources(Instant.now())
          : refs.stream().map(r -> find(p.store(), r)).toList();
      boolean failed = false;
      for (Source s : chosen) {
        CrawlProgress progress = new CrawlProgress("poll " + (s.name() != null ? s.name() : s.id()));
        PollReport r = poller.poll(s, progress);
        progress.finish();
        report(r);
        failed |= r.failed();
      }
      if (chosen.isEmpty()) {
        System.err.println("no source is due");
      }
      return failed ? Main.BAD_INPUT : 0;
    }
  }

  static void report(PollReport r) {
    String name = r.source().name() != null ? r.source().name() : r.source().url();
    if (r.failed()) {
      System.err.println("storyline: " + r.failure());
    } else if (r.notModified()) {
      System.err.println(name + ": not modified");
    } else {
      System.err.printf("%s: %d listed, %d fetched, %d new article(s), %d duplicate(s), %d error(s)%n", name,
          r.listed(), r.fetched(), r.added(), r.duplicates(), r.errors().size());
    }
    r.errors().forEach(e -> System.err.println("storyline: " + e));
  }
}
