package dev.storyline.serve.cli;

import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Settings;
import java.nio.file.Path;
import picocli.CommandLine.ParentCommand;

/** Base of the subcommands that work on the data folder given to {@code storyline --data}. */
abstract class DataCommand {

  @ParentCommand Main main;

  Path data() {
    return main.data;
  }

  Pipeline open() {
    return new Pipeline(data());
  }

  /** The data folder's settings over the defaults; a broken settings file is bad input. */
  Settings settings() {
    try {
      return Settings.load(data());
    } catch (IllegalArgumentException e) {
      throw new Main.BadInput(e.getMessage());
    }
  }
}
