package dev.storyline.serve;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param added articles stored
 * @param duplicates documents whose article was already stored (same text, a near-identical text,
 *     or the same address), which at most added an address or a version
 * @param errors one line per document that could not be ingested
 * @param warnings one line per thing skipped without spoiling the run, e.g. a broken archive record
 */
public record IngestReport(int added, int duplicates, List<String> errors, List<String> warnings) {
  public IngestReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }
}
