package dev.storyline.serve;

import java.util.ArrayList;
import java.util.List;

/** Counts what became of the documents of one run: stored, already stored, or not articles. */
public final class Tally {

  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private int added;
  private int duplicates;

  /** Counts one document's result. */
  public void count(Pipeline.Result r) {
    if (r.error() != null) {
      errors.add(r.error());
    } else if (r.outcome() == Outcome.ADDED) {
      added++;
    } else {
      duplicates++;
    }
  }

  public void error(String line) {
    errors.add(line);
  }

  public void warning(String line) {
    warnings.add(line);
  }

  public int added() {
    return added;
  }

  public int duplicates() {
    return duplicates;
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  public IngestReport report() {
    return new IngestReport(added, duplicates, errors, warnings);
  }
}
