package dev.storyline.bench.extraction;

import dev.storyline.bench.HeldOut;
import java.util.List;
import java.util.Objects;

/**
 * One page of a benchmark set with its gold answers; gold fields the set lacks are null or empty.
 *
 * @param id the set's name for the page
 * @param url the page's address
 * @param html the page's bytes
 * @param body the true article body (ScrapingHub)
 * @param with snippets that belong to the main text (trafilatura)
 * @param without snippets that do not (trafilatura)
 * @param title the true headline
 * @param date the true publication day, ISO
 * @param author the true author line
 */
record BenchPage(String id, String url, byte[] html, String body, List<String> with, List<String> without,
    String title, String date, String author) {

  BenchPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(html, "html");
    with = List.copyOf(with);
    without = List.copyOf(without);
  }

  /**
   * True for the half of a set that tuning never looks at ({@link HeldOut}).
   */
  boolean heldOut() {
    return HeldOut.contains(id);
  }
}
