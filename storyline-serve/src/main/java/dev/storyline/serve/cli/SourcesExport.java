package dev.storyline.serve.cli;

import dev.storyline.ingest.feed.Opml;
import dev.storyline.model.Source;
import dev.storyline.serve.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Print every followed source as OPML.")
final class SourcesExport extends SourcesCommand.Sub implements Callable<Integer> {

  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      List<Opml.Outline> outlines = new ArrayList<>();
      for (Source s : p.store().sources()) {
        outlines.add(new Opml.Outline(s.url(), s.name() != null ? s.name() : s.url(), null));
      }
      System.out.print(Opml.write("Storyline sources", outlines));
      return 0;
    }
  }
}
