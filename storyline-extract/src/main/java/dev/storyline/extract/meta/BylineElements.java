package dev.storyline.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Elements that may credit a page's author: author markup (schema.org, hCard, rel=author, author
 * archive links, byline and author classes), text opening with a credit ("Von Anna Roe") and
 * credit labels ("Autor:") whose names follow them.
 */
final class BylineElements {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Class names that mark a byline element as a whole. */
  private static final Set<String> CLASSES = Set.of(
      "byline", "by-line", "author", "authors", "author-name", "article-author", "post-author", "entry-author",
      "autor", "autoren", "author_name", "authorname", "fn", "vcard", "contributor", "contributors");

  /**
   * Words one of which every credit class contains (checked when the class loads): class names
   * without any, which are most, are not split and matched name by name.
   */
  private static final List<String> CLASS_WORDS = List.of("author", "autor", "byline", "by-line", "fn", "vcard", "contributor");

  static {
    for (String c : CLASSES) {
      if (CLASS_WORDS.stream().noneMatch(c::contains)) {
        throw new IllegalStateException("credit class without a class word: " + c);
      }
    }
  }

  /** Class fragments of author elements in block-element-modifier names: "entry__authors", "date-author". */
  private static final Pattern AUTHOR_FRAGMENT = Pattern.compile("(?:^|[_-])(?:author|authors|autor|autoren)(?:$|[_-])");

  /** Class fragments of author elements that hold more than a credit: biographies, pictures, boxes. */
  private static final Pattern NOT_CREDIT = Pattern.compile("bio|avatar|image|img|photo|picture|desc|about|social|box");

  /** Elements whose text can be a credit line; containers of whole sections are too coarse. */
  private static final Set<String> TEXT_TAGS = Set.of(
      "p", "div", "span", "em", "i", "strong", "b", "small", "li", "td", "h3", "h4", "h5", "h6", "address", "font",
      "dd", "dt", "th", "label", "cite");

  private BylineElements() {}

  /** True for an element that may credit the page's author. */
  static boolean isCandidate(Element e, String tag, String cls, String itemprop) {
    if (tag.equals("body") || tag.equals("html")) {
      return false; // a page's classes ("single-author") describe the whole page, not a credit in it
    }
    if (itemprop.equals("author") || isRelAuthor(e) || tag.equals("address") || tag.equals("byline")) {
      return true;
    }
    if (tag.equals("a")) {
      String href = e.attr("href");
      if (href.contains("/author/") || href.contains("/autor/") || href.contains("/autoren/") || href.contains("/auteur/")) {
        return true;
      }
    }
    if (!cls.isEmpty() && hasCreditClass(cls)) {
      return true;
    }
    if (e.attr("data-testid").contains("byline")) {
      return true;
    }
    return TEXT_TAGS.contains(tag) && opensWithCredit(e);
  }

  /** True for structured author markup, where a bare user name ("tlow") is a credit too. */
  static boolean isStructured(Element e) {
    if (e.attr("itemprop").equals("author") || isRelAuthor(e)) {
      return true;
    }
    for (String c : SPACES.split(e.className().toLowerCase(Locale.ROOT))) {
      if (c.equals("fn") || c.equals("vcard") || c.equals("author") || c.equals("author-name")) {
        return true;
      }
    }
    return false;
  }

  /** True for a credit label element whose names follow it: {@code <strong>Autor:</strong> Ana Roe}. */
  static boolean isLabel(Element e) {
    return e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode t && Credits.isLabel(t.getWholeText());
  }

  private static boolean isRelAuthor(Element e) {
    String rel = e.attr("rel");
    return !rel.isEmpty() && rel.toLowerCase(Locale.ROOT).contains("author");
  }

  private static boolean hasCreditClass(String cls) {
    if (cls.contains("byline") || cls.contains("author-name") || cls.contains("authorname")) {
      return true;
    }
    if (!containsAny(cls, CLASS_WORDS)) {
      return false;
    }
    for (String c : SPACES.split(cls)) {
      if (CLASSES.contains(c) || (c.contains("author") || c.contains("autor"))
          && AUTHOR_FRAGMENT.matcher(c).find() && !NOT_CREDIT.matcher(c).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The first text of the element opens a credit, or the element is a credit label. */
  private static boolean opensWithCredit(Element e) {
    if (e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode first)) {
      return false;
    }
    String whole = first.getWholeText();
    if (!Credits.mayOpen(whole)) {
      return false;
    }
    String text = whole.stripLeading();
    if (e.childNodeSize() == 1) {
      return Credits.opensCredit(text) || Credits.isLabel(text);
    }
    // "Von <a>Ana Roe</a>": the opening is a text of its own, the names follow in markup.
    return Credits.startsWithLead(text) && Credits.opensCredit(CreditText.of(e));
  }
}
