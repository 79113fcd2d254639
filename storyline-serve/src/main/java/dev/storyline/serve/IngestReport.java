package dev.storyline.serve;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param added articles stored
 * @param duplicates documents skipped because their content was already stored
 * @param errors one line per document that could not be ingested
 */
public record IngestReport(int added, int duplicates, List<String> errors) {
  public IngestReport {
    errors = List.copyOf(errors);
  }
}
