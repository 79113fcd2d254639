package dev.storyline.serve.cli;

import dev.storyline.extract.Overrides;
import dev.storyline.ingest.IngestException;
import dev.storyline.serve.IngestReport;
import dev.storyline.serve.Pipeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read .txt, .html and .htm files and folders, and add their articles to the store.")
final class IngestCommand extends DataCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--outlet", description = "The outlet of every article read.")
  String outlet;

  @Option(names = "--url", description = "The address of the article read (for a single file).")
  String url;

  @Option(names = "--published", description = "Publication date of every article read, YYYY-MM-DD.")
  LocalDate published;

  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      IngestReport r = p.ingest(paths, new Overrides(outlet, url, published), line -> System.err.println(line));
      r.errors().forEach(e -> System.err.println("storyline: " + e));
      System.err.printf("ingested %d new article(s), %d duplicate(s), %d error(s)%n", r.added(), r.duplicates(), r.errors().size());
      return r.errors().isEmpty() ? 0 : Main.BAD_INPUT;
    } catch (IngestException e) {
      throw new Main.BadInput(e.getMessage());
    }
  }
}
