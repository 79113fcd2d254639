package dev.storyline.extract.meta;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Where on a page a byline element sits: in the article, or among comments, teasers and captions. */
final class Placement {

  /** Class or id words of comment threads and of lists of other articles, whose credits are not the page's. */
  private static final String[] FOREIGN = {"comment", "respond", "related", "teaser-list", "recommend"};

  /** Class or id word of a page's side column. */
  private static final String ASIDE = "sidebar";

  /** Ancestors of the headline considered; real pages nest it a few dozen levels deep at most. */
  static final int MAX_HEADLINE_DEPTH = 64;

  private Placement() {}

  /** The elements that contain the page's first {@code <h1>}: the article's own column. */
  static Set<Element> headlineColumn(PageIndex index) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    Element p = index.firstH1;
    for (int i = 0; p != null && i < MAX_HEADLINE_DEPTH; i++, p = p.parent()) {
      out.add(p);
    }
    return out;
  }

  /**
   * True when the element credits something other than the article: a comment, another article,
   * an image; or, unless asides count, a sidebar or the page's footer. Containers of the headline
   * ({@link #headlineColumn}) are the article's, whatever their class.
   */
  static boolean elsewhere(Element e, boolean asides, Set<Element> headlineColumn) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")
          || headlineColumn.contains(p)) {
        // page-wide classes such as "comments-open" or "sidebar-right" say nothing about where the
        // byline sits, nor do those of containers that hold the headline
        continue;
      }
      if (tag.equals("figure") || tag.equals("figcaption")) {
        return true; // "By" in a caption credits the photographer
      }
      String marks = p.hasAttr("class") || p.hasAttr("id")
          ? (p.className() + " " + p.id()).toLowerCase(Locale.ROOT) : "";
      for (String word : FOREIGN) {
        if (marks.contains(word)) {
          return true;
        }
      }
      if (!asides && (marks.contains(ASIDE) || tag.equals("aside")
          || tag.equals("footer") && p.parent() != null && p.parent().normalName().equals("body"))) {
        return true;
      }
    }
    return false;
  }
}
