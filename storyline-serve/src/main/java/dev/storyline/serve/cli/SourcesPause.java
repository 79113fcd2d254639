package dev.storyline.serve.cli;

import dev.storyline.model.Source;
import dev.storyline.serve.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop polling a source until it is resumed.")
class SourcesPause extends SourcesCommand.Sub implements Callable<Integer> {

  @Parameters(paramLabel = "SOURCE", description = "Its id, URL or name.") String ref;

  boolean pausing() {
    return true;
  }

  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      Source s = find(p.store(), ref);
      p.store().setSourcePaused(s.id(), pausing());
      System.err.println((pausing() ? "paused " : "resumed ") + s.url());
      return 0;
    }
  }
}
