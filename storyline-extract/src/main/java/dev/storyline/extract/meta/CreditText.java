package dev.storyline.extract.meta;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of a credit element as a reader sees its first line: words of adjacent elements kept
 * apart ("By" and the name in separate spans), ending at the first line break, at most a little
 * more than a credit's length however large the element.
 */
final class CreditText {

  /** Characters read: one more than the longest credit, so that longer text is still seen as too long. */
  static final int MAX_CHARS = Names.MAX_CREDIT_CHARS + 1;

  /** Nodes after a label searched for its names: a label, spaces and a link. */
  static final int MAX_SIBLINGS = 6;

  /** Ancestors of a label searched for the element that holds its names; layouts nest it two or three deep. */
  static final int MAX_LABEL_LEVELS = 3;

  /** Blocks that end a line of text wherever they close: headings, paragraphs, list items. */
  private static final Set<String> BLOCK_ENDS_LINE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dd", "dt");

  private CreditText() {}

  /** The first line of an element's text. */
  static String of(Element e) {
    StringBuilder b = new StringBuilder();
    read(e, b);
    return normalise(b);
  }

  /**
   * The names after a credit label: the text that follows it up to the next line break, or the
   * next element's first line when the label ends its own element ({@code <h4>Autor</h4><p>Ana Roe</p>}).
   */
  static String afterLabel(Element label) {
    StringBuilder b = new StringBuilder();
    Node n = label.nextSibling();
    for (int i = 0; n != null && i < MAX_SIBLINGS && b.length() < MAX_CHARS; i++, n = n.nextSibling()) {
      if (n instanceof Element el && el.normalName().equals("br")) {
        if (begun(b)) {
          break;
        }
      } else if (!read(n, b)) {
        break;
      }
    }
    String s = normalise(b);
    if (!s.isEmpty()) {
      return s;
    }
    // "<p><strong>By</strong></p><div><p>Ana Roe</p></div>": the names are in the next element of
    // the nearest ancestor that has one.
    Element at = label;
    for (int level = 0; at != null && level < MAX_LABEL_LEVELS; level++, at = at.parent()) {
      Element next = at.nextElementSibling();
      if (next != null) {
        return of(next);
      }
    }
    return "";
  }

  /** Appends a node's text up to its first line break; false when the break or the limit was reached. */
  private static boolean read(Node root, StringBuilder b) {
    boolean[] open = {true};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (b.length() >= MAX_CHARS) {
          open[0] = false;
          return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
          append(b, t.getWholeText());
        } else if (node instanceof Element el) {
          if (el.normalName().equals("br") && begun(b)) {
            open[0] = false;
            return FilterResult.STOP;
          }
          if (el.normalName().equals("script") || el.normalName().equals("style")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          append(b, " ");
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
          if (BLOCK_ENDS_LINE.contains(el.normalName()) && begun(b)) {
            open[0] = false;
            return FilterResult.STOP; // a heading or paragraph ends the line as a break does
          }
          append(b, " ");
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return open[0];
  }

  /** Appends text with runs of spaces kept to one, so the limit counts visible characters. */
  private static void append(StringBuilder b, String s) {
    for (int i = 0; i < s.length() && b.length() < MAX_CHARS; i++) {
      char c = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0' ? ' ' : s.charAt(i);
      if (c != ' ' || b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(c);
      }
    }
  }

  /**
   * True once the line holds a visible character: {@link #append} never starts it with a space, so
   * this needs no copy of the text, which {@link #read} asks at every node.
   */
  private static boolean begun(StringBuilder b) {
    return b.length() > 0;
  }

  private static String normalise(StringBuilder b) {
    return b.toString().strip();
  }
}
