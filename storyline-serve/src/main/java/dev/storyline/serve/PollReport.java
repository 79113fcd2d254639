package dev.storyline.serve;

import dev.storyline.model.Source;
import java.util.List;

/**
 * What polling one source did.
 *
 * @param source the source polled, with its kind as now known
 * @param notModified whether the server answered 304 and nothing was read
 * @param listed article addresses the source lists
 * @param fetched article pages fetched
 * @param added articles stored
 * @param duplicates pages whose article was stored already (address, text or near-identical text)
 * @param errors one line per page that failed (fetch or extraction)
 * @param failure why the source itself could not be read, or null when it could
 */
public record PollReport(Source source, boolean notModified, int listed, int fetched, int added, int duplicates,
    List<String> errors, String failure) {

  public PollReport {
    errors = List.copyOf(errors);
  }

  public boolean failed() {
    return failure != null;
  }
}
