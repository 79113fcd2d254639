package dev.storyline.ingest.crawl;

import dev.storyline.ingest.feed.Format;
import dev.storyline.ingest.net.Validators;
import java.util.List;

/**
 * What polling a source gave.
 *
 * @param format what the source turned out to be; {@link Format#UNKNOWN} for a plain page
 * @param notModified whether the server answered 304, so nothing was read
 * @param validators what to send on the next poll
 * @param listed how many article addresses the source lists
 * @param fetched how many article pages were fetched
 * @param skipped one line per address never requested because robots.txt or the address guard refuse it
 * @param errors one line per page that could not be fetched; those are tried again next poll
 */
public record Poll(Format format, boolean notModified, Validators validators, int listed, int fetched,
    List<String> skipped, List<String> errors) {

  public Poll {
    skipped = List.copyOf(skipped);
    errors = List.copyOf(errors);
  }
}
