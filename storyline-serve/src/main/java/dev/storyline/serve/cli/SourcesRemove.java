package dev.storyline.serve.cli;

import dev.storyline.model.Source;
import dev.storyline.serve.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Stop following a source. The articles already taken from it stay.")
final class SourcesRemove extends SourcesCommand.Sub implements Callable<Integer> {

  @Parameters(paramLabel = "SOURCE", description = "Its id, URL or name.") String ref;

  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      Source s = find(p.store(), ref);
      p.store().removeSource(s.id());
      System.err.println("no longer following " + s.url());
      return 0;
    }
  }
}
