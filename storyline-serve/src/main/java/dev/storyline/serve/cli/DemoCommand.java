package dev.storyline.serve.cli;

import dev.storyline.extract.Overrides;
import dev.storyline.ingest.IngestException;
import dev.storyline.model.Story;
import dev.storyline.serve.IngestReport;
import dev.storyline.serve.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample corpus, print the stories found, and serve the web UI.")
final class DemoCommand extends DataCommand implements Callable<Integer> {

  @Option(names = "--corpus", description = "Corpus folder (default: the bundled one, ${DEFAULT-VALUE}).",
      defaultValue = "${sys:storyline.home:-.}/corpus")
  Path corpus;

  @Option(names = "--port", description = "Port to serve on (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
  int port;

  @Option(names = "--no-serve", description = "Stop after printing the stories.")
  boolean noServe;

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isDirectory(corpus)) {
      throw new Main.BadInput(corpus + ": corpus folder not found");
    }
    try (Pipeline p = open()) {
      IngestReport r;
      try {
        ProgressBar bar = ProgressBar.onStderr("ingest");
        r = p.ingest(List.of(corpus), Overrides.NONE, (done, total, label) -> {
          bar.total(total);
          bar.update(done, label);
        });
        bar.finish();
      } catch (IngestException e) {
        throw new Main.BadInput(e.getMessage());
      }
      System.err.printf("ingested %d new article(s), %d already stored%n", r.added(), r.duplicates());
      List<Story> stories = p.store().stories();
      for (Story s : stories) {
        System.out.printf("%n%s  (%d article(s), %s..%s)%n  %s%n", s.title(), s.articleIds().size(), s.firstSeen(),
            s.lastSeen(), s.summary());
        s.events().stream().limit(3).forEach(e -> System.out.println("    " + EventsCommand.line(e)));
      }
      System.out.printf("%n%d stories from %d articles%n", stories.size(), p.store().counts().get("articles"));
      if (!noServe) {
        ServeCommand.serve(p, "127.0.0.1", port);
      }
      return 0;
    }
  }
}
