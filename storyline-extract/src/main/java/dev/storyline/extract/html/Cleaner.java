package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Takes scripts, hidden elements and furniture out of a page before its blocks are read. */
final class Cleaner {

  /** Share of a page's text above which an element is the page's spine, never furniture. */
  static final double SPINE_SHARE = 0.6;

  private Cleaner() {}

  /**
   * Most elements set aside for their class names rather than removed. News pages set aside a few
   * dozen share bars, captions and promos; a page with thousands is generated or hostile, and the
   * rest of its furniture is removed outright.
   */
  static final int MAX_SET_ASIDE = 2_000;

  /**
   * Removes scripts, hidden elements and furniture, keeping any element that is the page's spine.
   * Furniture known by its class or id alone is taken out too, and returned so that it can be put back.
   */
  static List<SetAside> clean(Element body) {
    Set<Element> story = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Element, Integer> textChars = textChars(body, story);
    int total = Math.max(1, textChars.getOrDefault(body, 0));
    Predicate<Element> furniture = Boilerplate.furnitureTest();
    List<Element> named = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == body) {
          return FilterResult.CONTINUE;
        }
        if (Boilerplate.DROPPED_TAGS.contains(e.normalName())) {
          return FilterResult.REMOVE;
        }
        boolean spine = story.contains(e) || textChars.getOrDefault(e, 0) > SPINE_SHARE * total;
        boolean hidden = !spine && Boilerplate.isHidden(e);
        if (!spine && (hidden || furniture.test(e))) {
          boolean byName = !hidden && !Boilerplate.FURNITURE_TAGS.contains(e.normalName())
              && !e.hasAttr("role") && !Boilerplate.isOwnRegion(e);
          if (byName && named.size() < MAX_SET_ASIDE) {
            named.add(e);
            return FilterResult.SKIP_ENTIRELY;
          }
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    List<SetAside> aside = new ArrayList<>(named.size());
    for (Element e : named) {
      Element parent = e.parent();
      int index = e.siblingIndex();
      e.remove();
      aside.add(new SetAside(e, parent, index, textChars.getOrDefault(e, 0)));
    }
    return aside;
  }

  /**
   * Text characters under each element, in one pass; elements of the story's container and their
   * ancestors are added to {@code story}: they are the page's spine, never furniture.
   */
  private static Map<Element, Integer> textChars(Element root, Set<Element> story) {
    Map<Element, Integer> chars = new IdentityHashMap<>();
    Predicate<Element> isStory = StoryMarks.storyTest();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element anchor && isStory.test(anchor)) {
          for (Element e = anchor; e != null && story.add(e); e = e.parent()) {
            // every ancestor joins; an ancestor already in the set has its ancestors in it too
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        int own = node instanceof org.jsoup.nodes.TextNode t ? (t.isBlank() ? 0 : t.getWholeText().length())
            : node instanceof Element e ? chars.getOrDefault(e, 0) : 0;
        Node parent = node.parentNode();
        if (own > 0 && parent instanceof Element p && node != root) {
          chars.merge(p, own, Integer::sum);
        }
      }
    }, root);
    return chars;
  }
}
