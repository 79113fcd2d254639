package dev.storyline.serve.cli;

import dev.storyline.index.Hit;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Views;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search over articles: every word must match; quote a phrase.")
final class SearchCommand extends DataCommand implements Callable<Integer> {

  /** Results printed unless --limit says otherwise. */
  static final int DEFAULT_LIMIT = 20;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> words;

  @Option(names = "--json", description = "Print JSON: an array of hits.")
  boolean json;

  @Option(names = "--limit", description = "Most results (default: ${DEFAULT-VALUE}).", defaultValue = "" + DEFAULT_LIMIT)
  int limit;

  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      List<Hit> hits;
      try {
        hits = p.index().search(String.join(" ", words), Math.max(1, limit));
      } catch (IllegalArgumentException e) {
        throw new Main.BadInput(e.getMessage());
      }
      if (json) {
        System.out.println(Views.write(hits));
      } else {
        hits.forEach(h -> System.out.printf("%.2f  %s  %s  [%s] %s%n", h.score(), h.articleId(), h.storyId(), h.outlet(), h.title()));
        System.out.printf("%d hit(s)%n", hits.size());
      }
      return 0;
    }
  }
}
