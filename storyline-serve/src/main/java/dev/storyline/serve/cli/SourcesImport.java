package dev.storyline.serve.cli;

import dev.storyline.ingest.feed.FeedException;
import dev.storyline.ingest.feed.Opml;
import dev.storyline.ingest.net.AddressGuard;
import dev.storyline.ingest.net.Refusal;
import dev.storyline.model.Source;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Follow every feed in an OPML file (as feed readers export them).")
final class SourcesImport extends SourcesCommand.Sub implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.opml") Path file;

  @Mixin CrawlOptions crawl;

  @Override
  public Integer call() {
    Settings settings = settings();
    byte[] bytes = read(file);
    java.util.List<Opml.Outline> outlines;
    try {
      outlines = Opml.read(bytes, file.toString());
    } catch (FeedException e) {
      throw new Main.BadInput(e.getMessage());
    }
    AddressGuard guard = crawl.guard(settings);
    Duration every = Settings.parseDuration(settings.text("sources.every"), "sources.every");
    int added = 0;
    int refused = 0;
    try (Pipeline p = open()) {
      for (Opml.Outline o : outlines) {
        String url;
        try {
          url = guard.vet(o.xmlUrl()).toString();
        } catch (Refusal r) {
          System.err.println("storyline: " + r.getMessage());
          refused++;
          continue;
        }
        if (p.store().source(url).isPresent()) {
          continue;
        }
        String name = o.title() == null || o.title().isBlank() || p.store().source(o.title()).isPresent() ? null : o.title();
        p.store().addSource(new Source(0, url, name, Source.FEED, every, false, Instant.now()));
        added++;
      }
    }
    System.err.printf("followed %d new source(s) of %d in %s, %d refused%n", added, outlines.size(), file, refused);
    return refused == 0 ? 0 : Main.BAD_INPUT;
  }

  static byte[] read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new Main.BadInput(file + ": no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(Opml.MAX_OPML_BYTES + 1);
      if (b.length > Opml.MAX_OPML_BYTES) {
        throw new Main.BadInput(file + ": larger than " + Opml.MAX_OPML_BYTES + " bytes");
      }
      return b;
    } catch (IOException e) {
      throw new Main.BadInput(file + ": cannot read: " + e.getMessage());
    }
  }
}
