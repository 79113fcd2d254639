package dev.storyline.serve.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline}: the command-line entry point. Exit codes: 0 success, 2 bad input, 1 internal failure. */
@Command(
    name = "storyline",
    mixinStandardHelpOptions = true,
    version = "Storyline 0.1.0",
    description = "News event intelligence: stories, coded events, entities, tone and search from news reports.",
    subcommands = {
      DemoCommand.class, IngestCommand.class, StoriesCommand.class, StoryCommand.class, EventsCommand.class,
      CodeEventsCommand.class,
      SearchCommand.class, ReindexCommand.class, ServeCommand.class, ExtractCommand.class, SourcesCommand.class, ExportCommand.class, CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for input Storyline cannot use: a missing path, an empty or binary file, an unknown id. */
  public static final int BAD_INPUT = 2;

  @Option(names = "--data", description = "Data folder (default: ${DEFAULT-VALUE}).", defaultValue = "storyline-data")
  Path data;

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
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("storyline: " + oneLine(e));
      return e instanceof BadInput ? BAD_INPUT : 1;
    });
    cl.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine().getErr().println("storyline: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'storyline " + e.getCommandLine().getCommandName() + " --help'.");
      return BAD_INPUT;
    });
    return cl.execute(args);
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** Input the user gave that Storyline cannot use; ends the command with exit code 2. */
  public static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
      super(message);
    }
  }
}
