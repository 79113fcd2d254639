package dev.storyline.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that metadata is read from (meta tags, JSON-LD scripts, headings, the
 * canonical link, and elements that may carry a byline or a date) and the text a reader sees, found
 * in one pass over the page rather than one selector query or walk per rule. Lists keep document
 * order.
 */
public final class PageIndex {

  /** Class fragments of elements whose text tends to be a date line. */
  private static final String[] DATE_FRAGMENTS = {
    "date", "time", "publish", "posted", "meta", "byline", "datum", "fecha", "info", "stamp"
  };

  final List<Element> bylines = new ArrayList<>();
  final List<Element> dateLines = new ArrayList<>();
  final List<Element> publishedStamps = new ArrayList<>();
  final List<Element> modifiedStamps = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> headings = new ArrayList<>();
  /** Where small sites set a headline no h1 or h2 holds: h3 to h6, and elements classed as a headline or title. */
  final List<Element> minorHeadings = new ArrayList<>();
  final ReaderRuns reader = new ReaderRuns();
  /** The first comment a blog marks as written by the post's own author ({@link PostAuthorComment}). */
  Element postAuthorComment;
  Element firstH1;
  Element canonical;

  private PageIndex() {}

  /** Finds the index of a page. */
  public static PageIndex of(Document page) {
    PageIndex c = new PageIndex();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          c.visit(e);
        } else {
          c.reader.enter(node);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        c.reader.leave(node);
      }
    }, page);
    return c;
  }

  /** The page's {@code <link rel=canonical>}, or null. */
  public Element canonical() {
    return canonical;
  }

  private void visit(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "meta" -> metas.add(e);
      case "script" -> {
        if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
          jsonLd.add(e);
        }
      }
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
          canonical = e;
        }
      }
      default -> { }
    }
    String cls = e.className().toLowerCase(Locale.ROOT);
    String id = e.id().toLowerCase(Locale.ROOT);
    String itemprop = e.attr("itemprop");
    int level = headingLevel(tag);
    boolean titled = cls.contains("headline") || cls.contains("title");
    if (level == 1 || level == 2) {
      headings.add(e);
    }
    if (level >= 3 || titled) {
      minorHeadings.add(e);
    }
    if (level == 1 && firstH1 == null) {
      firstH1 = e;
    }
    if (tag.equals("time")) {
      times.add(e);
    }
    boolean timeTag = tag.equals("time");
    if (itemprop.equals("datePublished") || timeTag && (e.hasAttr("pubdate") || cls.contains("publish")
        || cls.contains("entry-date"))) {
      publishedStamps.add(e);
    }
    if (itemprop.equals("dateModified") || timeTag && (cls.contains("updated") || cls.contains("modified"))) {
      modifiedStamps.add(e);
    }
    if (BylineElements.isCandidate(e, tag, cls, itemprop)) {
      bylines.add(e);
    }
    if (postAuthorComment == null && PostAuthorComment.marks(cls)) {
      postAuthorComment = e;
    }
    if (tag.equals("header") || id.contains("date") || containsAny(cls, DATE_FRAGMENTS)) {
      dateLines.add(e);
    }
    reader.enter(e, tag, cls, id, itemprop, level > 0 || titled);
  }

  /** 1 to 6 for the headings h1 to h6, 0 for other elements. */
  private static int headingLevel(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
        ? tag.charAt(1) - '0' : 0;
  }

  private static boolean containsAny(String s, String[] fragments) {
    if (s.isEmpty()) {
      return false;
    }
    for (String f : fragments) {
      if (s.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
