package dev.storyline.serve.cli;

import dev.storyline.model.Source;
import dev.storyline.model.SourceHealth;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Views;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List followed sources with their health: last success, last error, items a day, gaps.")
final class SourcesList extends SourcesCommand.Sub implements Callable<Integer> {

  @Option(names = "--json", description = "One JSON array of source health records.") boolean json;

  @Override
  public Integer call() throws Exception {
    try (Pipeline p = open()) {
      Instant now = Instant.now();
      List<SourceHealth> health = new ArrayList<>();
      for (Source s : p.store().sources()) {
        health.add(p.store().health(s.id(), now));
      }
      if (json) {
        System.out.println(Views.write(health));
        return 0;
      }
      if (health.isEmpty()) {
        System.err.println("no sources; add one with: storyline sources add URL");
      }
      for (SourceHealth h : health) {
        System.out.println(line(h));
      }
      return 0;
    }
  }

  static String line(SourceHealth h) {
    Source s = h.source();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%3d  %-8s %-7s every %-5s %s", s.id(), s.kind(),
        s.paused() ? "paused" : h.gap() ? "GAP" : h.state().failures() > 0 ? "failing" : "ok",
        human(s.every()), s.name() == null ? s.url() : s.name() + " <" + s.url() + ">"));
    b.append(String.format(Locale.ROOT, "%n     %d item(s), %.1f a day", h.items(), h.itemsPerDay()));
    b.append(", last success ").append(h.state().lastSuccess() == null ? "never" : h.state().lastSuccess());
    if (h.usualInterval() != null) {
      b.append(", usually a new item every ").append(human(h.usualInterval()));
    }
    if (h.gap()) {
      b.append(", silent since ").append(h.lastItem()).append(" (more than 3x its usual interval)");
    }
    if (h.state().lastError() != null) {
      b.append(String.format("%n     last error (%d in a row): %s", h.state().failures(), h.state().lastError()));
    }
    return b.toString();
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s % 86400 == 0) {
      return s / 86400 + "d";
    }
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    return s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
