package dev.storyline.extract;

import java.time.LocalDate;

/**
 * Metadata the user gives on the command line, which wins over anything found in the document.
 *
 * @param outlet the outlet, or null
 * @param url the address, or null
 * @param published the publication date, or null
 */
public record Overrides(String outlet, String url, LocalDate published) {
  public static final Overrides NONE = new Overrides(null, null, null);
}
