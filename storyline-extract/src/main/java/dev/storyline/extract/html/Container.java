package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Chooses the elements that hold the story: the subtree whose blocks weigh most, and its sibling parts. */
final class Container {

  /**
   * Score a sibling of the best subtree needs, as a share of the best's, to be read as part of the
   * story too: articles split into columns or page parts give each part a score of its own.
   */
  static final double SIBLING_SHARE = 0.1;

  /**
   * Elements that are one part of a story, never the whole of one: a paragraph, a list, a quotation.
   * One outweighs its container when the lines beside it are short (dialogue, ingredients, a
   * ranking, a spec sheet), each counted against the container.
   */
  static final Set<String> PART_TAGS = Set.of("p", "ol", "ul", "blockquote");

  private Container() {}

  /** The element around the best subtree when that is only a part of a story, else the subtree. */
  static Element enclose(Element root, Element body) {
    Element parent = root.parent();
    return PART_TAGS.contains(root.normalName()) && parent != null && parent != body ? parent : root;
  }

  /**
   * The story's container and the siblings of it that continue the story (a second column, a page
   * part), the container first.
   *
   * @param teasers blocks that are blurbs of teaser cards, which count against their container
   */
  static List<Element> parts(Element body, List<TextBlock> blocks, Set<TextBlock> teasers) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Element root = enclose(widen(bestSubtree(body, blocks, teasers, scores), body, scores), body);
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
    return parts;
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
      if (StoryMarks.isArticle(e)) {
        return scores.getOrDefault(e, 0.0) >= WIDEN_SHARE * top ? e : root;
      }
    }
    return root;
  }
}
