package dev.storyline.extract.meta;

import java.util.List;

/**
 * The text a reader sees on a page, as runs in document order with their offsets ({@link
 * ReaderRuns} says which text counts), and where a given headline lies in it.
 *
 * @param runs the runs, in document order
 * @param headlineStart the offset where the headline begins
 * @param headlineEnd the offset where it ends, not before it begins
 */
record ReaderText(List<Run> runs, int headlineStart, int headlineEnd) {

  /**
   * One text node's text.
   *
   * @param text the text, stripped, never empty
   * @param start its offset in the page text
   * @param changed whether it lies in an element marked as the time of a later change
   * @param updated whether it lies in an element classed "updated", which marks a later change on
   *     some pages and, following the hAtom microformat, the one printed date of a post on others
   */
  record Run(String text, int start, boolean changed, boolean updated) {
    int end() {
      return start + text.length();
    }
  }

  ReaderText {
    if (headlineStart < 0 || headlineEnd < headlineStart) {
      throw new IllegalArgumentException("headline at " + headlineStart + " to " + headlineEnd);
    }
  }

  /** Up to {@code max} characters of text before offset {@code at} of run {@code i}, across runs. */
  String before(int i, int at, int max) {
    String own = runs.get(i).text();
    StringBuilder out = new StringBuilder(own.substring(0, Math.min(at, own.length())));
    for (int j = i - 1; j >= 0 && out.length() < max; j--) {
      out.insert(0, runs.get(j).text() + " ");
    }
    return out.length() > max ? out.substring(out.length() - max) : out.toString();
  }
}
