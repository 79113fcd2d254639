package dev.storyline.extract.html;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page, as a reader sees it: a paragraph, a list
 * item, a heading, or text set off by line breaks.
 *
 * @param text the text, whitespace collapsed, never blank
 * @param linkChars how many of its characters sit inside links
 * @param leadingLinkChars how many characters of a link it opens with, 0 when it opens with plain text
 * @param owner the nearest block element around it
 * @param kind what kind of block it is
 */
record TextBlock(String text, int linkChars, int leadingLinkChars, Element owner, Kind kind) {

  /** What a block is, which decides how it is weighed and joined to its neighbours. */
  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CAPTION, CELL, CODE }

  TextBlock {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a text block holds text");
    }
    if (linkChars < 0 || linkChars > text.length()) {
      throw new IllegalArgumentException("link characters out of range: " + linkChars);
    }
    if (leadingLinkChars < 0 || leadingLinkChars > linkChars) {
      throw new IllegalArgumentException("leading link characters out of range: " + leadingLinkChars);
    }
  }

  /** Share of the text inside links, 0 to 1. */
  double linkDensity() {
    return (double) linkChars / text.length();
  }

  /** Characters outside links. */
  int plainChars() {
    return text.length() - linkChars;
  }
}
