package dev.storyline.ingest.warc;

import dev.storyline.ingest.IngestException;
import dev.storyline.ingest.Page;
import dev.storyline.ingest.net.FetchSettings;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/** Reads WARC and ARC files, plain or gzipped, as pages. */
public final class ArchiveReader {

  /** Larger payloads are skipped: the cap the fetcher keeps for a page. */
  public static final int MAX_PAGE_BYTES = (int) FetchSettings.MAX_PAGE_BYTES;

  /**
   * Longest record header, and longest HTTP header inside a record, that is read; a longer one is
   * taken as broken. Browsers draw the same line: Chromium refuses response headers over 256 KB.
   */
  public static final int MAX_HEADER_BYTES = 256 * 1024;

  /** Warning lines kept per archive; a file broken throughout would otherwise fill the heap. */
  public static final int MAX_WARNINGS = 1000;

  private ArchiveReader() {}

  /** Whether a file name is an archive: .warc, .warc.gz, .arc, .arc.gz (case-insensitive). */
  public static boolean isArchive(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc") || n.endsWith(".arc.gz");
  }

  /**
   * Reads every record of an archive, judged by its content rather than its name, and hands each
   * page to {@code sink}: HTTP responses (WARC 'response' records with an HTTP block, ARC records
   * of http and https URLs) with status 200 and an HTML content type or none, and WARC 'resource'
   * records of HTML. A page's url is the record's target URI, its fetched time the record's date
   * (null when unreadable), and its body the payload with chunked transfer coding and gzip, deflate
   * or brotli content coding removed. Payloads over {@link #MAX_PAGE_BYTES} are skipped.
   *
   * <p>Broken and truncated records are counted and skipped with a warning, and reading resumes at
   * the next record that can be found: the next gzip member in a gzipped file, the next line that
   * starts a record in a plain one; a stream that offers none ends the reading. Exceptions thrown by
   * {@code sink} propagate. An empty file is an empty archive.
   *
   * @throws IngestException when the file cannot be opened, or is not a WARC or ARC file at all
   */
  public static ArchiveReport read(Path file, Consumer<Page> sink) throws IngestException {
    Objects.requireNonNull(sink, "sink");
    String origin = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new IngestException(origin, Files.exists(file) ? "not a regular file" : "no such file");
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() == 0) {
        return new ArchiveReport(origin, 0, 0, 0, List.of());
      }
      RecordStarts starts = new RecordStarts(channel);
      long first = starts.first();
      if (first < 0) {
        throw new IngestException(origin, "not a WARC or ARC file");
      }
      return new ArchiveScan(origin, channel, starts, sink).run(first);
    } catch (IOException e) {
      throw new IngestException(origin, "cannot read: " + e.getMessage());
    }
  }
}
