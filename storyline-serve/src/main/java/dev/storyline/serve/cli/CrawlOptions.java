package dev.storyline.serve.cli;

import dev.storyline.ingest.net.AddressGuard;
import dev.storyline.serve.Crawl;
import dev.storyline.serve.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of every command that fetches from the web. */
final class CrawlOptions {

  @Option(names = "--allow-host", paramLabel = "HOST",
      description = "Open a host the address guard refuses (loopback, private, link-local...), e.g. an intranet feed. Repeatable.")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--archive", paramLabel = "DIR", description = "Also write every fetched response to WARC files in DIR.")
  Path archive;

  /** The address guard with the settings' hosts and these options' hosts opened. */
  AddressGuard guard(Settings settings) {
    return new AddressGuard(settings.fetch(allowHosts).allowHosts());
  }

  Crawl open(Settings settings) {
    try {
      return new Crawl(settings, allowHosts, archive);
    } catch (IllegalArgumentException e) {
      throw new Main.BadInput(e.getMessage());
    }
  }
}
