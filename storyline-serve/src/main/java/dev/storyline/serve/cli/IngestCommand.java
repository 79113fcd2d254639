package dev.storyline.serve.cli;

import dev.storyline.extract.Overrides;
import dev.storyline.ingest.IngestException;
import dev.storyline.ingest.crawl.Poll;
import dev.storyline.ingest.net.FetchException;
import dev.storyline.ingest.net.Validators;
import dev.storyline.serve.Crawl;
import dev.storyline.serve.IngestReport;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Tally;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Add articles to the store from .txt and .html files, WARC and ARC archives, folders of them, "
        + "and web addresses (a feed, a sitemap or a page, fetched once).")
final class IngestCommand extends DataCommand implements Callable<Integer> {

  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or web addresses to ingest.")
  List<String> inputs;

  @Option(names = "--outlet", description = "The outlet of every article read from files.")
  String outlet;

  @Option(names = "--url", description = "The address of the article read (for a single file).")
  String url;

  @Option(names = "--published", description = "Publication date of every article read from files, YYYY-MM-DD.")
  LocalDate published;

  @Mixin CrawlOptions crawl;

  @Override
  public Integer call() {
    List<String> urls = inputs.stream().filter(i -> URL.matcher(i).matches()).toList();
    List<Path> paths = inputs.stream().filter(i -> !URL.matcher(i).matches()).map(Path::of).toList();
    Tally tally = new Tally();
    int added = 0;
    int duplicates = 0;
    int refused = 0;
    try (Pipeline p = open()) {
      if (!paths.isEmpty()) {
        ProgressBar bar = ProgressBar.onStderr("ingest");
        IngestReport r = p.ingest(paths, new Overrides(outlet, url, published), (done, total, label) -> {
          bar.total(total);
          bar.update(done, label);
        });
        bar.finish();
        r.warnings().forEach(w -> System.err.println("storyline: warning: " + w));
        r.errors().forEach(tally::error);
        added = r.added();
        duplicates = r.duplicates();
      }
      if (!urls.isEmpty()) {
        try (Crawl c = crawl.open(settings())) {
          for (String u : urls) {
            CrawlProgress progress = new CrawlProgress("fetch");
            try {
              Poll poll = c.crawler().poll(u, Validators.NONE, a -> p.store().articleByUrl(a).isPresent(),
                  item -> tally.count(p.takeItem(item)), progress);
              poll.skipped().forEach(s -> System.err.println("storyline: skipped: " + s));
              poll.errors().forEach(tally::error);
            } catch (FetchException e) {
              tally.error(e.getMessage());
              refused += e.refused() ? 1 : 0;
            } finally {
              progress.finish();
              p.commit();
            }
          }
        }
      }
    } catch (IngestException e) {
      throw new Main.BadInput(e.getMessage());
    }
    added += tally.added();
    duplicates += tally.duplicates();
    List<String> errors = tally.errors();
    errors.forEach(e -> System.err.println("storyline: " + e));
    if (added + duplicates == 0 && errors.size() == refused && refused > 0) {
      return Main.BAD_INPUT; // a refusal says it all in its one line
    }
    System.err.printf("ingested %d new article(s), %d duplicate(s), %d error(s)%n", added, duplicates, errors.size());
    return errors.isEmpty() ? 0 : Main.BAD_INPUT;
  }
}
