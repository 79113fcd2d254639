package dev.storyline.serve.cli;

import dev.storyline.model.Story;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true, description = "List the stories, most recent first.")
final class StoriesCommand extends DataCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print JSON: an array of stories.")
  boolean json;

  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      List<Story> stories = p.store().stories();
      if (json) {
        List<Map<String, Object>> out = new ArrayList<>();
        stories.forEach(s -> out.add(Views.story(s, p.store())));
        System.out.println(Views.write(out));
      } else {
        for (Story s : stories) {
          System.out.printf("%s  %s..%s  %d article(s), %d event(s)  %s%n", s.id(), s.firstSeen(), s.lastSeen(),
              s.articleIds().size(), s.events().size(), s.title());
        }
        System.out.printf("%d stories%n", stories.size());
      }
      return 0;
    }
  }
}
