package dev.storyline.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text a reader sees on a page, as runs in document order with their offsets, and where a
 * given headline lies in it. Scripts, forms, comment threads and lists of related stories are left
 * out: their dates belong to other texts.
 */
final class ReaderText {

  /** Most runs read; a news page has a few thousand, and a date line lies near its headline. */
  static final int MAX_RUNS = 20_000;

  /** Elements whose text no reader sees. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "svg", "select",
      "textarea", "head");

  /** Class or id fragments of comment threads and teasers of other stories. */
  private static final String[] OTHER_TEXTS = {"comment", "related", "kommentar", "commentaire", "comentario"};

  /**
   * One text node's text.
   *
   * @param text the text, stripped, never empty
   * @param start its offset in the page text
   * @param changed whether it lies in an element marked as the time of a later change
   */
  record Run(String text, int start, boolean changed) {
    int end() {
      return start + text.length();
    }
  }

  private final List<Run> runs;
  private final int headlineStart;
  private final int headlineEnd;

  private ReaderText(List<Run> runs, int headlineStart, int headlineEnd) {
    this.runs = runs;
    this.headlineStart = headlineStart;
    this.headlineEnd = headlineEnd;
  }

  /** The reader text of {@code page}, or null when {@code headline} is not in it. */
  static ReaderText of(Document page, Element headline) {
    List<Run> runs = new ArrayList<>();
    int[] offset = {0};
    int[] headlineAt = {-1, -1};
    Node[] changedRoot = {null};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (runs.size() >= MAX_RUNS) {
          return FilterResult.STOP;
        }
        if (node == headline) {
          headlineAt[0] = offset[0];
        }
        if (node instanceof Element e && hidden(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (changedRoot[0] == null && node instanceof Element e && changed(e)) {
          changedRoot[0] = e;
        }
        if (node instanceof TextNode t && !t.isBlank()) {
          String s = t.text().strip();
          if (!s.isEmpty()) {
            runs.add(new Run(s, offset[0], changedRoot[0] != null));
            offset[0] += s.length() + 1;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node == headline) {
          headlineAt[1] = offset[0];
        }
        if (node == changedRoot[0]) {
          changedRoot[0] = null;
        }
        return FilterResult.CONTINUE;
      }
    }, page);
    return headlineAt[0] < 0 || headlineAt[1] < 0 ? null : new ReaderText(List.copyOf(runs), headlineAt[0], headlineAt[1]);
  }

  List<Run> runs() {
    return runs;
  }

  int headlineStart() {
    return headlineStart;
  }

  int headlineEnd() {
    return headlineEnd;
  }

  /** Up to {@code max} characters of text before offset {@code at} of run {@code i}, across runs. */
  String before(int i, int at, int max) {
    String own = runs.get(i).text();
    StringBuilder out = new StringBuilder(own.substring(0, Math.min(at, own.length())));
    for (int j = i - 1; j >= 0 && out.length() < max; j--) {
      out.insert(0, runs.get(j).text() + " ");
    }
    return out.length() > max ? out.substring(out.length() - max) : out.toString();
  }

  /** Whether the element is marked, by microdata or class, as holding the time of a later change. */
  private static boolean changed(Element e) {
    if (e.attr("itemprop").equals("dateModified")) {
      return true;
    }
    String cls = e.className();
    if (cls.isEmpty()) {
      return false;
    }
    cls = cls.toLowerCase(Locale.ROOT);
    return cls.contains("updated") || cls.contains("modified");
  }

  private static boolean hidden(Element e) {
    if (HIDDEN.contains(e.normalName())) {
      return true;
    }
    return marks(e.className()) || marks(e.id());
  }

  private static boolean marks(String classOrId) {
    if (classOrId.isEmpty()) {
      return false;
    }
    String s = classOrId.toLowerCase(Locale.ROOT);
    for (String f : OTHER_TEXTS) {
      if (s.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
