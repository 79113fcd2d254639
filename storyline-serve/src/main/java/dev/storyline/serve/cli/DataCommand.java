package dev.storyline.serve.cli;

import dev.storyline.serve.Pipeline;
import picocli.CommandLine.ParentCommand;

/** Base of the subcommands that work on the data folder given to {@code storyline --data}. */
abstract class DataCommand {

  @ParentCommand Main main;

  Pipeline open() {
    return new Pipeline(main.data);
  }
}
