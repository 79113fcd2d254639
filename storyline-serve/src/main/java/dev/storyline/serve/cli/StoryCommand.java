package dev.storyline.serve.cli;

import dev.storyline.model.Actor;
import dev.storyline.model.Event;
import dev.storyline.model.Story;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Views;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true, description = "Show one story with its articles and events.")
final class StoryCommand extends DataCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The story id, as 'stories' lists it.")
  String id;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Pipeline p = open()) {
      Story s = p.store().story(id).orElseThrow(() -> new Main.BadInput("no story with id " + id));
      if (json) {
        System.out.println(Views.write(Views.story(s, p.store())));
        return 0;
      }
      System.out.println(s.title());
      System.out.println(s.firstSeen() + " .. " + s.lastSeen() + "   topics: " + String.join(", ", s.topics()));
      System.out.println();
      System.out.println(s.summary());
      System.out.println();
      for (Object o : (Iterable<?>) Views.story(s, p.store()).get("articles")) {
        Map<?, ?> a = (Map<?, ?>) o;
        System.out.printf("  [%s] %s — %s %s%n", a.get("outlet"), a.get("title"), a.get("authors"), a.get("published"));
      }
      System.out.println();
      System.out.println("actors: " + String.join(", ", s.actors().stream().map(Actor::name).toList()));
      for (Event e : s.events()) {
        System.out.println("  " + EventsCommand.line(e));
      }
      return 0;
    }
  }
}
