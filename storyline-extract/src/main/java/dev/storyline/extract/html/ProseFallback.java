package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A second opinion on the article body, for pages where the container chosen holds little of the
 * page's text: the story wrapped in a container whose class names it as sharing or as a caption,
 * or a container chosen for a list beside a short story. It reads the prose paragraphs of the whole
 * page, with the elements set aside for their class names put back, and adds them to the
 * container's text only when they clearly outweigh it.
 */
final class ProseFallback {

  /**
   * Share of the page's text outside navigation, headers, footers and asides the chosen container's
   * prose must reach to stand alone. A story's container holds most of it; a page whose container
   * holds under a tenth has the story somewhere else.
   */
  static final double POOR_SHARE = 0.1;

  /**
   * How many times the container's prose the page's paragraphs must hold to be taken: a clear
   * majority, not a few stray paragraphs of furniture.
   */
  static final double BETTER_FACTOR = 2.0;

  /**
   * Prose characters the page's paragraphs must add, about two paragraphs: less than that is a stray
   * line, not a story the container missed.
   */
  static final int MIN_GAIN_CHARS = 400;

  private ProseFallback() {}

  /**
   * The blocks to render: the container's own, or on a poor page (its prose under {@link #POOR_SHARE}
   * of the page's text, set-aside elements included) the set-aside elements are put back into the
   * page, and when the page's prose paragraphs clearly outweigh the container's prose, the
   * container's blocks and those paragraphs in page order. On a page that is not poor this costs
   * one pass over blocks already made.
   *
   * @param body the cleaned page
   * @param blocks the page's blocks, made with the set-aside elements out
   * @param parts the container and its sibling parts
   * @param inside the container's blocks
   */
  static List<TextBlock> blocks(Element body, List<TextBlock> blocks, List<Element> parts, List<TextBlock> inside,
      List<SetAside> aside) {
    int held = prose(inside);
    if (held >= POOR_SHARE * pageChars(blocks, aside)) {
      return inside;
    }
    Set<Element> restored = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = aside.size() - 1; i >= 0; i--) {
      SetAside s = aside.get(i);
      s.parent().insertChildren(Math.min(s.index(), s.parent().childNodeSize()), s.element());
      restored.add(s.element());
    }
    // The elements put back change the blocks around them and the teaser lists: segment anew.
    List<TextBlock> all = Segmenter.blocks(body);
    Set<TextBlock> teasers = Teasers.blurbs(all);
    List<TextBlock> out = new ArrayList<>();
    int gained = 0;
    for (TextBlock b : all) {
      if (teasers.contains(b)) {
        continue;
      }
      if (place(b.owner(), parts, restored) == Place.CONTAINER) {
        out.add(b);
      } else if (isParagraph(b)) {
        out.add(b);
        gained += b.plainChars();
      }
    }
    return gained >= MIN_GAIN_CHARS && held + gained >= BETTER_FACTOR * held ? out : inside;
  }

  /** Text characters of the page: its blocks and the elements set aside from it. */
  private static long pageChars(List<TextBlock> blocks, List<SetAside> aside) {
    long page = 0;
    for (TextBlock b : blocks) {
      page += b.plainChars();
    }
    for (SetAside s : aside) {
      page += s.chars();
    }
    return page;
  }

  private static int prose(List<TextBlock> blocks) {
    int n = 0;
    for (TextBlock b : blocks) {
      n += isParagraph(b) ? b.plainChars() : 0;
    }
    return n;
  }

  private enum Place { CONTAINER, SET_ASIDE, ELSEWHERE }

  /** Where an element lies: in a set-aside element, else in the container, else elsewhere on the page. */
  private static Place place(Element e, List<Element> parts, Set<Element> restored) {
    Place found = Place.ELSEWHERE;
    for (Element x = e; x != null; x = x.parent()) {
      if (restored.contains(x)) {
        return Place.SET_ASIDE;
      }
      if (found == Place.ELSEWHERE && parts.contains(x)) {
        found = Place.CONTAINER; // a set-aside element around the container would still put it aside
      }
    }
    return found;
  }

  /** A block of running prose: sentences with few links, not a heading, list item or cell of a grid. */
  static boolean isParagraph(TextBlock b) {
    return b.kind() == TextBlock.Kind.PARAGRAPH && Prose.isLinkFreeProse(b);
  }
}
