package dev.storyline.bench;

import dev.storyline.bench.events.EventsCommand;
import dev.storyline.bench.extraction.ExtractionBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline bench}: benchmarks that score Storyline against public data sets and other
 * tools, side by side in one run. Exit codes: 0 success, 2 bad input, 1 internal failure.
 */
@Command(name = "storyline bench", mixinStandardHelpOptions = true,
    description = "Benchmarks that score Storyline against public data sets and other tools, side by side.",
    subcommands = {BenchMain.Extraction.class, EventsCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {

  /** Exit code for a set that is missing or malformed, or an unknown option value. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new BenchMain());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      line.getErr().println("storyline bench: " + m.lines().findFirst().orElse(m));
      return e instanceof BadInput ? BAD_INPUT : 1;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("storyline bench: " + e.getMessage());
      return BAD_INPUT;
    });
    return cl.execute(args);
  }

  /** A set or option the benchmark cannot use. */
  public static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
      super(message);
    }
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Main text (and, on the trafilatura set, title, date and author) of Storyline, readability4j"
          + " and boilerpipe on the same pages, with the set's own metric and pages per second.")
  static final class Extraction implements Callable<Integer> {

    @Option(names = "--dataset", required = true, description = "scrapinghub or trafilatura.")
    String dataset;

    @Parameters(paramLabel = "DIR", description = "The set's folder (holding ground-truth.json or evaldata.json).")
    Path dir;

    @Option(names = "--worst", defaultValue = "0",
        description = "Also list Storyline's N worst pages of the tuning half (default: ${DEFAULT-VALUE}).")
    int worst;

    @Override
    public Integer call() throws IOException {
      ExtractionBench.Dataset set;
      try {
        set = ExtractionBench.Dataset.valueOf(dataset.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadInput("--dataset " + dataset + ": unknown set (scrapinghub or trafilatura)");
      }
      if (!Files.isDirectory(dir)) {
        throw new BadInput(dir + ": no such folder");
      }
      try {
        new ExtractionBench(System.out).run(set, dir, worst);
      } catch (NoSuchFileException e) {
        throw new BadInput(e.getFile() + ": " + e.getReason());
      }
      return 0;
    }
  }
}
