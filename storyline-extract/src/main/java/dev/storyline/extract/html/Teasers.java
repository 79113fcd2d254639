package dev.storyline.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards: small containers that pair a linked headline with a blurb, as in lists of
 * other stories, "more from" rails and section fronts. Their blurbs read as prose but are not the
 * story.
 */
final class Teasers {

  /** Largest card: a headline, a two-sentence blurb and a date line, measured on news templates. */
  static final int CARD_MAX_CHARS = 700;

  /** Levels above a blurb searched for its card; cards nest a blurb up to five elements deep. */
  static final int LEVELS = 5;

  /** Share of a block inside links from which it is a linked headline. */
  static final double HEADLINE_LINK_DENSITY = 0.8;

  /** Longest linked headline. */
  static final int HEADLINE_MAX_CHARS = 160;

  /** Cards that make a list: a card is a teaser only when its container holds this many headlined siblings. */
  static final int MIN_CARDS = 2;

  private Teasers() {}

  /**
   * True when the card's parent holds other cards beside it: teasers come in lists. A bare headline
   * beside it (the story's own title over its body) is no card.
   */
  private static boolean inList(Element card, Set<Element> cards) {
    Element parent = card.parent();
    if (parent == null) {
      return false;
    }
    int n = 0;
    for (Element sibling : parent.children()) {
      if (cards.contains(sibling) && ++n >= MIN_CARDS) {
        return true;
      }
    }
    return false;
  }

  /** The blocks that are blurbs of teaser cards. */
  static Set<TextBlock> blurbs(List<TextBlock> blocks) {
    Map<Element, Integer> chars = new IdentityHashMap<>();
    // Element to the position of the first linked headline under it: a card's headline leads its blurb.
    Map<Element, Integer> headlined = new IdentityHashMap<>();
    // Elements holding a linked headline and, after it, text of another kind: the shape of a card.
    Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int at = 0; at < blocks.size(); at++) {
      TextBlock b = blocks.get(at);
      boolean headline = b.linkDensity() >= HEADLINE_LINK_DENSITY && b.text().length() <= HEADLINE_MAX_CHARS;
      Element e = b.owner();
      for (int i = 0; i <= LEVELS && e != null; i++, e = e.parent()) {
        chars.merge(e, b.text().length(), Integer::sum);
        if (headline) {
          headlined.putIfAbsent(e, at);
        } else if (headlined.containsKey(e)) {
          cards.add(e);
        }
      }
    }
    Set<TextBlock> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int at = 0; at < blocks.size(); at++) {
      TextBlock b = blocks.get(at);
      if (b.linkDensity() >= HEADLINE_LINK_DENSITY) {
        continue;
      }
      Element e = b.owner();
      for (int i = 0; i <= LEVELS && e != null; i++, e = e.parent()) {
        Integer headline = headlined.get(e);
        if (chars.get(e) > CARD_MAX_CHARS) {
          break;
        }
        // The card may nest its headline a level or two below the element the list repeats.
        if (headline != null && headline < at && inList(e, cards)) {
          out.add(b);
          break;
        }
      }
    }
    return out;
  }
}
