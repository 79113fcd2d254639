package dev.storyline.serve.cli;

import dev.storyline.model.Source;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Settings;
import dev.storyline.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code storyline sources}: the feeds, sitemaps and pages Storyline follows. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Follow feeds, sitemaps and pages: add, list, pause, remove, import and export them, or poll them now.",
    subcommands = {SourcesAdd.class, SourcesList.class, SourcesRemove.class, SourcesPause.class, SourcesResume.class,
      SourcesImport.class, SourcesExport.class, SourcesPoll.class})
final class SourcesCommand extends DataCommand implements Runnable {

  @Override
  public void run() {
    throw new Main.BadInput("sources: name a subcommand (add, list, remove, pause, resume, import, export, poll)");
  }

  /** Base of the sources subcommands: the data folder is the grandparent's. */
  abstract static class Sub {
    @ParentCommand SourcesCommand sources;

    Path data() {
      return sources.data();
    }

    Pipeline open() {
      return sources.open();
    }

    Settings settings() {
      return sources.settings();
    }

    /** The source a user named by id, URL or name; bad input when there is none. */
    static Source find(Store store, String ref) {
      return store.source(ref).orElseThrow(() -> new Main.BadInput(ref + ": no such source (see storyline sources list)"));
    }
  }
}
