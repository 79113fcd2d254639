package dev.storyline.serve;

import dev.storyline.ingest.crawl.Crawler;
import dev.storyline.ingest.net.Fetcher;
import dev.storyline.ingest.net.Response;
import dev.storyline.ingest.warc.ArchiveWriter;
import dev.storyline.ingest.warc.Exchange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A fetcher and crawler configured from the settings, writing every response to WARC files when asked. */
public final class Crawl implements AutoCloseable {

  private final Fetcher fetcher;
  private final Crawler crawler;
  private final ArchiveWriter archive;

  /**
   * @param allowHosts hosts opened on top of the settings' own
   * @param archiveDir where to write WARC files, or null for the settings' choice (none by default)
   */
  public Crawl(Settings settings, List<String> allowHosts, Path archiveDir) {
    this.fetcher = new Fetcher(settings.fetch(allowHosts));
    this.crawler = new Crawler(fetcher);
    Path dir = archiveDir != null ? archiveDir
        : settings.text("archive.dir").isEmpty() ? null : Path.of(settings.text("archive.dir"));
    if (dir == null) {
      this.archive = null;
      return;
    }
    try {
      this.archive = new ArchiveWriter(dir, settings.number("archive.rotate-bytes"));
    } catch (IOException e) {
      fetcher.close();
      throw new IllegalArgumentException(dir + ": cannot write archives: " + e.getMessage());
    }
    fetcher.archiveTo(this::archive);
  }

  private void archive(Response r) {
    try {
      archive.write(new Exchange(r.url(), r.fetched(), r.ip(), r.status(), "OK", r.headers(), r.body()));
    } catch (IOException | IllegalArgumentException e) {
      // The article is still taken; only its replay copy is lost, which the operator must hear of.
      // (A header WARC cannot hold, such as one with control characters, is refused by Exchange.)
      System.err.println("storyline: archive: " + r.url() + ": not archived: " + e.getMessage());
    }
  }

  public Crawler crawler() {
    return crawler;
  }

  @Override
  public void close() {
    try {
      fetcher.close();
    } finally {
      if (archive != null) {
        try {
          archive.close();
        } catch (IOException e) {
          System.err.println("storyline: archive: " + e.getMessage());
        }
      }
    }
  }
}
