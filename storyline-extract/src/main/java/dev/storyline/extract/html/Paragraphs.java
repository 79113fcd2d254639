package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Turns the blocks of an article body into text: furniture out, paragraphs apart, lines of one block together. */
final class Paragraphs {

  /**
   * Prose after an end marker, as a share of the prose before it, below which the rest is a list of
   * other articles and not more of the story.
   */
  static final double END_REMAINDER_SHARE = 0.3;

  /**
   * Longest short line read as the title of what follows it, such as a box of links: headings of
   * related-link boxes and tag lists run to a few words.
   */
  static final int BOX_TITLE_CHARS = 60;

  private Paragraphs() {}

  /** Levels searched above a block for the article header that holds headline, dek and byline. */
  static final int HEADER_LEVELS = 4;

  /**
   * Most characters in an article's header: a headline, a standfirst of two sentences, a byline
   * and a date, about 400 on news templates. A {@code <header>} holding more is a page section that templates mark up as a
   * header, with the story's paragraphs inside it.
   */
  static final int HEADER_MAX_CHARS = 400;

  /**
   * True for a block in an article's {@code <header>}: headline, standfirst, byline, not body.
   *
   * @param headers verdicts on header elements already measured, for one page
   */
  private static boolean inHeader(TextBlock b, Map<Element, Boolean> headers) {
    Element e = b.owner();
    for (int i = 0; i < HEADER_LEVELS && e != null; i++, e = e.parent()) {
      if (e.normalName().equals("header")) {
        return headers.computeIfAbsent(e, h -> h.text().length() <= HEADER_MAX_CHARS);
      }
    }
    return false;
  }

  static String render(List<TextBlock> blocks, String title) {
    List<TextBlock> kept = new ArrayList<>();
    int[] proseAfter = new int[blocks.size() + 1];
    boolean[] prose = new boolean[blocks.size()];
    for (int i = blocks.size() - 1; i >= 0; i--) {
      TextBlock b = blocks.get(i);
      prose[i] = Prose.isLinkFreeProse(b);
      proseAfter[i] = proseAfter[i + 1] + (prose[i] ? b.plainChars() : 0);
    }
    String heading = title == null ? null : title.strip();
    int keptProse = 0;
    Map<Element, Boolean> headers = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      String t = b.text();
      if (b.linkDensity() > Prose.MAX_LINK_DENSITY || inHeader(b, headers)) {
        continue;
      }
      if (heading != null && t.equalsIgnoreCase(heading)) {
        continue;
      }
      if (Lines.isFurniture(t) || Lines.isByline(t) || Lines.isShouted(t) || Lines.isDateLine(t)
          || Lines.isLabel(t) || Lines.isStampLine(t) || Captions.isCaption(t)
          || Pitches.isPitch(t)) {
        continue;
      }
      if (!prose[i] && t.length() <= BOX_TITLE_CHARS
          && (i + 1 == blocks.size() || blocks.get(i + 1).linkDensity() > Prose.MAX_LINK_DENSITY)) {
        continue; // the title of a box of links ("More on this", "Topics"), or a last line that closes nothing
      }
      if (Lines.isEndMarker(t) && !kept.isEmpty()) {
        // A "Related" heading inside the story is a box; one near its end closes it.
        if (proseAfter[i + 1] < END_REMAINDER_SHARE * keptProse) {
          break;
        }
        continue;
      }
      kept.add(b);
      keptProse += prose[i] ? b.plainChars() : 0; // kept blocks passed the link test, so prose[i] is isProse(b)
    }
    StringBuilder out = new StringBuilder();
    TextBlock previous = null;
    for (TextBlock b : kept) {
      if (previous != null) {
        boolean together = previous.owner() == b.owner()
            || previous.kind() == TextBlock.Kind.LIST_ITEM && b.kind() == TextBlock.Kind.LIST_ITEM;
        out.append(together ? "\n" : "\n\n");
      }
      out.append(b.text());
      previous = b;
    }
    return out.toString();
  }
}
