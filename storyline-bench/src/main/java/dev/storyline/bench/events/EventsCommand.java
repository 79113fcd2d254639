package dev.storyline.bench.events;

import dev.storyline.bench.BenchMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline bench events}: the event coder on a gold-coded set. Exit code 2 for a missing or malformed set. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Storyline's event coder on a gold-coded set: precision, recall and F1 on (source country,"
        + " target country, CAMEO root), exact-code accuracy, by half and category, and sentences per second"
        + " beside the parse alone.")
public final class EventsCommand implements Callable<Integer> {

  @Option(names = "--dataset", required = true,
      description = "petr2 (PETRARCH-2's validation records) or jsonl (code-events lines with a \"gold\" array).")
  String dataset;

  @Parameters(paramLabel = "FILE", description = "The set's file (PETR2_GSR_validation.xml, or a .jsonl file).")
  Path file;

  @Option(names = "--worst", defaultValue = "0",
      description = "Also list the N worst sentences of the tuning half with gold and predicted codings (default: ${DEFAULT-VALUE}).")
  int worst;

  @Option(names = "--contender", paramLabel = "CODINGS",
      description = "Also score another coder's codings of the same sentences: JSON lines {\"id\", \"events\":"
          + " [[source, target, event code], ...]}. Repeatable; each pair of contenders is also scored against"
          + " each other.")
  List<Path> contenders = new ArrayList<>();

  @Override
  public Integer call() {
    boolean petr2 = dataset.equalsIgnoreCase("petr2");
    if (!petr2 && !dataset.equalsIgnoreCase("jsonl")) {
      throw new BenchMain.BadInput("--dataset " + dataset + ": unknown set (petr2, jsonl)");
    }
    if (worst < 0) {
      throw new BenchMain.BadInput("--worst " + worst + ": not a count");
    }
    try {
      if (petr2) {
        new EventsBench(System.out).run(file, worst, contenders);
      } else {
        new EventsBench(System.out).runGoldLines(file, worst, contenders);
      }
      return 0;
    } catch (GoldSetException e) {
      throw new BenchMain.BadInput(e.getMessage());
    }
  }
}
