package dev.storyline.ingest.warc;

import java.util.ArrayList;
import java.util.List;

/** The counts and warnings of one reading, becoming its {@link ArchiveReport}. */
final class ArchiveCounts {

  /** Longest problem text kept in a warning; jwarc quotes the bytes around a parse error. */
  static final int MAX_PROBLEM_CHARS = 300;

  private final String origin;
  private final List<String> warnings = new ArrayList<>();
  private int records;
  private int pages;
  private int skipped;
  private int unlisted;

  ArchiveCounts(String origin) {
    this.origin = origin;
  }

  /** Counts a record found, readable or not. */
  void record() {
    records++;
  }

  /** Counts a page handed on. */
  void page() {
    pages++;
  }

  /** Counts the last record found as skipped, with the reason. */
  void skip(long offset, String problem) {
    skipped++;
    warn(offset, problem);
  }

  /** Notes a flaw of the last record found, or of what follows it. */
  void warn(long offset, String problem) {
    if (warnings.size() < ArchiveReader.MAX_WARNINGS) {
      warnings.add(origin + ": record " + records + " at offset " + offset + ": " + problem);
    } else {
      unlisted++;
    }
  }

  ArchiveReport report() {
    List<String> lines = new ArrayList<>(warnings);
    if (unlisted > 0) {
      lines.add(origin + ": " + unlisted + " more warnings");
    }
    return new ArchiveReport(origin, records, pages, skipped, lines);
  }

  /** An exception's message on one line, shortened. */
  static String problem(Exception e) {
    String m = e.getMessage() != null ? e.getMessage()
        : e instanceof java.io.EOFException ? "file ends inside it" : e.getClass().getSimpleName();
    m = m.replaceAll("\\p{Cntrl}", " ");
    return m.length() > MAX_PROBLEM_CHARS ? m.substring(0, MAX_PROBLEM_CHARS) + "..." : m;
  }
}
