package dev.storyline.serve.cli;

import dev.storyline.model.Event;
import dev.storyline.serve.CountryPair;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Views;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true, description = "List the coded events of every story.")
final class EventsCommand extends DataCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print JSON: an array of events.")
  boolean json;

  @Option(names = "--pair", paramLabel = "AAA,BBB",
      description = "Only events between two countries (ISO-3166 alpha-3), in either direction.")
  String pair;

  @Override
  public Integer call() {
    CountryPair countries;
    try {
      countries = CountryPair.parse(pair);
    } catch (IllegalArgumentException e) {
      throw new Main.BadInput("--pair: " + e.getMessage());
    }
    try (Pipeline pl = open()) {
      List<Event> events = countries == null ? pl.store().events(null, null) : pl.store().events(countries.a(), countries.b());
      if (json) {
        System.out.println(Views.write(events));
      } else {
        events.forEach(e -> System.out.println(line(e)));
        System.out.printf("%d events%n", events.size());
      }
      return 0;
    }
  }

  static String line(Event e) {
    return String.format("%s %s %-8s -> %-8s %s q%d g%+.1f %s x%d  %s", e.date(), e.id(), e.source().code(),
        e.target() == null ? "-" : e.target().code(), e.cameo(), e.quadClass(), e.goldstein(),
        e.location() == null ? "" : "@" + e.location().name(), e.mentions().size(),
        e.source().name() + (e.target() == null ? "" : " / " + e.target().name()));
  }
}
