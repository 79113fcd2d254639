package dev.storyline.serve.cli;

import picocli.CommandLine.Command;

@Command(name = "resume", mixinStandardHelpOptions = true, description = "Poll a paused source again.")
final class SourcesResume extends SourcesPause {

  @Override
  boolean pausing() {
    return false;
  }
}
