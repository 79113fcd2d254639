package dev.storyline.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Finds the block of a page that holds the article body and turns it into paragraphs. */
final class Content {

  /** Paragraphs shorter than this count for little when scoring blocks: captions, labels, buttons. */
  static final int SHORT_PARAGRAPH = 40;

  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

  private Content() {}

  /** The element holding the article body, or null when the page has no paragraph text. */
  static Element mainBlock(org.jsoup.nodes.Document page) {
    page.select("script, style, noscript, iframe, svg, form, nav, header, footer, aside, button, figure figcaption")
        .remove();
    for (Element e : page.select("[class], [id]")) {
      String marker = e.className() + " " + e.id();
      if (HtmlExtractor.BOILERPLATE.matcher(marker).find() && !e.tagName().equals("body")
          && !e.tagName().equals("article") && !e.tagName().equals("html")) {
        e.remove();
      }
    }
    Element explicit = page.selectFirst("[itemprop=articleBody], article");
    if (explicit != null && explicit.select("p").text().length() > Extractor.MIN_TEXT_CHARS) {
      return explicit;
    }
    Map<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : page.select("p")) {
      int len = p.text().length();
      int score = len < SHORT_PARAGRAPH ? 1 : len;
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Integer::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Integer::sum);
        }
      }
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** The block's paragraphs, joined by blank lines, without the headline, bylines and furniture. */
  static String text(Element block, String title) {
    List<String> paragraphs = new ArrayList<>();
    Elements blocks = block.select(BLOCKS);
    for (Element e : blocks) {
      if (!e.select(BLOCKS).not(":root").isEmpty() && !e.tagName().equals("li")) {
        continue; // its inner blocks are taken one by one
      }
      if (e.tagName().equals("li") && e.parents().stream().anyMatch(p -> p.tagName().equals("li"))) {
        continue;
      }
      String t = e.text().strip();
      if (t.isEmpty() || t.equals(title) || Furniture.isFurniture(t) || !Bylines.byLine(t).isEmpty()) {
        continue;
      }
      if (Furniture.isEndMarker(t)) {
        break;
      }
      if (linkDensity(e) > HtmlExtractor.MAX_LINK_DENSITY) {
        continue;
      }
      paragraphs.add(t);
    }
    return String.join("\n\n", paragraphs);
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    return all == 0 ? 0 : (double) e.select("a").text().length() / all;
  }
}
