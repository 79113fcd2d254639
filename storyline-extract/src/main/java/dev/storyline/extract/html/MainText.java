package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of a page: the subtree whose prose outweighs the links and short lines
 * inside it by the most, cleaned of furniture, as paragraphs.
 */
public final class MainText {

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
    List<SetAside> aside = Cleaner.clean(body);
    List<TextBlock> blocks = Segmenter.blocks(body);
    if (blocks.isEmpty()) {
      return "";
    }
    Set<TextBlock> teasers = Teasers.blurbs(blocks);
    List<Element> parts = Container.parts(body, blocks, teasers);
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (!teasers.contains(b) && parts.stream().anyMatch(p -> isWithin(b.owner(), p))) {
        inside.add(b);
      }
    }
    return Paragraphs.render(ProseFallback.blocks(body, blocks, parts, inside, aside), title);
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
