package dev.storyline.serve.cli;

import dev.storyline.serve.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database.")
final class ReindexCommand extends DataCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      System.err.printf("reindexed %d article(s)%n", p.reindex());
      return 0;
    }
  }
}
