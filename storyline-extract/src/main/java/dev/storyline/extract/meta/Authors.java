package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds who wrote a page, trying structured data, then visible bylines, then the name the post's
 * author signs replies to comments with. Credits that name only the site itself (its name, its
 * address, its Twitter account) are no authors.
 */
public final class Authors {

  /**
   * Most byline elements examined: the article's byline comes within the first few dozen author
   * marks even on pages whose header and teasers carry their own.
   */
  static final int MAX_BYLINE_ELEMENTS = 40;

  private Authors() {}

  /** The page's authors, or null when it names none. */
  public static Found<List<String>> find(PageIndex index, MetaTags meta, JsonNode ld) {
    SiteNames site = SiteNames.of(index, meta, ld);
    Found<List<String>> visible = visible(index, site, false);
    Found<List<String>> structured = StructuredCredits.find(meta, ld, credit -> people(credit, false, site));
    if (structured != null) {
      // an article's sidebar may hold the full byline that the data cuts short ("Todd" for Todd Roe)
      Found<List<String>> shown = visible != null ? visible : visible(index, site, true);
      return shown != null && Refinement.refines(shown.value(), structured.value())
          ? new Found<>(shown.value(), structured.source() + "+" + shown.source(), structured.confidence())
          : structured;
    }
    Found<List<String>> shown = visible != null ? visible : visible(index, site, true);
    return shown != null ? shown : commenting(index, site);
  }

  /**
   * Confidence in a name read from the post author's comment replies: below any byline, as a blog
   * may let its editors reply under the author's mark.
   */
  static final double COMMENT_CONFIDENCE = 0.4;

  /** The post's author as they sign their replies to comments, or null when they sign none. */
  private static Found<List<String>> commenting(PageIndex index, SiteNames site) {
    String name = PostAuthorComment.name(index.postAuthorComment);
    List<String> names = name == null ? List.of() : people(name, false, site);
    return names.isEmpty() ? null : new Found<>(names, "comment", COMMENT_CONFIDENCE);
  }

  /**
   * The first byline element's people. Commenters and teasers for other articles never count; a
   * sidebar or page footer counts only in the second look, as a blog's "about the author" box.
   */
  private static Found<List<String>> visible(PageIndex index, SiteNames site, boolean asides) {
    Set<Element> column = Placement.headlineColumn(index);
    int seen = 0;
    for (Element e : index.bylines) {
      if (++seen > MAX_BYLINE_ELEMENTS) {
        break;
      }
      if (Placement.elsewhere(e, asides, column)) {
        continue;
      }
      boolean structured = BylineElements.isStructured(e);
      List<String> names = people(credit(e), !structured, site);
      if (!names.isEmpty()) {
        return new Found<>(names, structured ? "microdata" : "byline", structured ? 0.75 : 0.6);
      }
    }
    return null;
  }

  /** The credit an element gives: its name part, the names after a label, or its first line. */
  private static String credit(Element e) {
    if (BylineElements.isLabel(e)) {
      return CreditText.afterLabel(e);
    }
    Element named = e.selectFirst("[itemprop=name]");
    if (named != null && named.normalName().equals("meta")) {
      return named.attr("content").strip(); // microdata may give the name only to machines
    }
    return CreditText.of(named != null ? named : e);
  }

  /**
   * People in a credit, without the site's own name; a credit that named the site must name its
   * people in full ("Rob Roe, CNN" keeps Rob Roe, "Magazin /PP" keeps no one).
   */
  private static List<String> people(String credit, boolean strict, SiteNames site) {
    if (credit.startsWith("@") || credit.startsWith("http")) {
      return List.of();
    }
    List<String> names = new ArrayList<>(Names.people(credit, strict));
    if (names.removeIf(site::isSite) || site.isSite(credit)) {
      names.removeIf(n -> !Names.looksLikeName(n));
    }
    return names;
  }
}
