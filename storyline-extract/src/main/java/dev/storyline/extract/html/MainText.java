package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.function.Predicate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of a page: the subtree whose prose outweighs the links and short lines
 * inside it by the most, cleaned of furniture, as paragraphs.
 */
public final class MainText {

  /**
   * Score a sibling of the best subtree needs, as a share of the best's, to be read as part of the
   * story too: articles split into columns or page parts give each part a score of its own.
   */
  static final double SIBLING_SHARE = 0.1;

  /** Share of a page's text above which an element is the page's spine, never furniture. */
  static final double SPINE_SHARE = 0.6;

  private MainText() {}

  /**
   * The article body of a parsed page, paragraphs separated by blank lines; empty when the page
   * has no prose. The page is modified: furniture is removed from it (on a page whose container
   * holds little of its text, furniture named only by its class is put back).
   *
   * @param title the headline, which is not repeated in the body; may be null
   */
  public static String extract(Document page, String title) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    List<SetAside> aside = clean(body);
    List<TextBlock> blocks = Segmenter.blocks(body);
    if (blocks.isEmpty()) {
      return "";
    }
    Set<TextBlock> teasers = Teasers.blurbs(blocks);
    Map<Element, Double> scores = new IdentityHashMap<>();
    Element root = widen(bestSubtree(body, blocks, teasers, scores), body, scores);
    List<Element> parts = new ArrayList<>();
    parts.add(root);
    if (root != body && root.parent() != null) {
      double top = scores.getOrDefault(root, 0.0);
      for (Element sibling : root.parent().children()) {
        if (sibling != root && scores.getOrDefault(sibling, 0.0) > SIBLING_SHARE * top) {
          parts.add(sibling); // the story continues in a sibling block: a second column, a page part
        }
      }
    }
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (!teasers.contains(b) && parts.stream().anyMatch(p -> isWithin(b.owner(), p))) {
        inside.add(b);
      }
    }
    return Paragraphs.render(ProseFallback.blocks(body, blocks, parts, inside, aside), title);
  }

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
        if (!spine && (Boilerplate.isHidden(e) || furniture.test(e))) {
          boolean byName = !Boilerplate.isHidden(e) && !Boilerplate.FURNITURE_TAGS.contains(e.normalName())
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
    Predicate<Element> isStory = Boilerplate.storyTest();
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

  /**
   * The element whose blocks weigh most: the tightest one holding the prose and little else, with
   * every element's score left in {@code scores}.
   */
  static Element bestSubtree(Element body, List<TextBlock> blocks, Set<TextBlock> teasers, Map<Element, Double> scores) {
    Map<Element, Double> own = new IdentityHashMap<>();
    for (TextBlock b : blocks) {
      own.merge(b.owner(), teasers.contains(b) ? -b.text().length() : Prose.weight(b), Double::sum);
    }
    Map<Element, Double> sum = new IdentityHashMap<>();
    Element[] best = {body};
    double[] bestScore = {Double.NEGATIVE_INFINITY};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        double score = own.getOrDefault(e, 0.0) + sum.getOrDefault(e, 0.0);
        sum.remove(e);
        if (score != 0) {
          scores.put(e, score);
        }
        if (score > bestScore[0]) {
          bestScore[0] = score;
          best[0] = e;
        }
        if (e != body && e.parent() != null && score != 0) {
          sum.merge(e.parent(), score, Double::sum);
        }
      }
    }, body);
    return best[0];
  }


  /**
   * Levels climbed from the best subtree to an element marked as the article: recipe steps, a
   * dialogue or a list can outweigh the article's intro and tables under the same container.
   */
  static final int WIDEN_LEVELS = 3;

  /** Share of the best subtree's score the marked article around it must keep to replace it. */
  static final double WIDEN_SHARE = 0.5;

  /** The marked article close above the best subtree when it weighs nearly as much, else the subtree. */
  static Element widen(Element root, Element body, Map<Element, Double> scores) {
    double top = scores.getOrDefault(root, 0.0);
    Element e = root.parent();
    for (int i = 0; i < WIDEN_LEVELS && e != null && e != body; i++, e = e.parent()) {
      if (Boilerplate.isArticle(e)) {
        return scores.getOrDefault(e, 0.0) >= WIDEN_SHARE * top ? e : root;
      }
    }
    return root;
  }

  private static boolean isWithin(Element e, Element root) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == root) {
        return true;
      }
    }
    return false;
  }
}
