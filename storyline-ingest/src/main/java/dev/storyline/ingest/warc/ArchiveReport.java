package dev.storyline.ingest.warc;

import java.util.List;
import java.util.Objects;

/**
 * What reading one archive gave: records seen, pages handed on, records skipped as broken or
 * truncated, and one line per skipped record or other flaw ("file: record N at offset X: problem"),
 * at most {@link ArchiveReader#MAX_WARNINGS} of them and then a line counting the rest.
 *
 * @param file the archive as named to the reader
 * @param records records found, readable or not
 * @param pages records handed on as pages
 * @param skipped records found but not read, being broken, truncated or too large
 * @param warnings one line per skipped record or other flaw, in file order
 */
public record ArchiveReport(String file, int records, int pages, int skipped, List<String> warnings) {

  public ArchiveReport {
    Objects.requireNonNull(file, "file");
    warnings = List.copyOf(warnings);
    if (pages < 0 || skipped < 0 || pages + skipped > records) {
      throw new IllegalArgumentException(
          "counts do not add up: " + records + " records, " + pages + " pages, " + skipped + " skipped");
    }
  }
}
