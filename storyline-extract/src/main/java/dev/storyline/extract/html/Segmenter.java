package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts a cleaned page into text blocks at the boundaries a browser would break lines at. */
final class Segmenter implements NodeVisitor {

  /** Elements that start a new line when rendered. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "td", "tfoot", "th", "thead", "tr", "ul", "caption", "aside");

  /**
   * Most blocks read from one page. The longest articles, live blogs and forum threads run to a few
   * thousand paragraphs; a hostile page with hundreds of thousands stops here.
   */
  static final int MAX_BLOCKS = 10_000;

  private final List<TextBlock> blocks = new ArrayList<>();
  private final List<Element> open = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  /** Characters of the link the current run opens with, counted until plain text is seen. */
  private int leadingLink;
  private boolean plainSeen;

  private Segmenter() {}

  /** The blocks of the element's subtree in reading order. */
  static List<TextBlock> blocks(Element root) {
    Segmenter s = new Segmenter();
    s.open.add(root);
    NodeTraversor.traverse(s, root);
    s.flush(root);
    return s.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.text());
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("br")) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
      } else if (tag.equals("img") && !e.attr("alt").isBlank() && linkDepth > 0) {
        return; // an image link's alt text is a label, not prose
      } else if (BLOCK_TAGS.contains(tag)) {
        flush(open.get(open.size() - 1));
        open.add(e);
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (BLOCK_TAGS.contains(tag) && open.size() > 1 && open.get(open.size() - 1) == e) {
        flush(e);
        open.remove(open.size() - 1);
      }
    }
  }

  private void append(String s) {
    if (s.isEmpty()) {
      return;
    }
    boolean space = Character.isWhitespace(s.charAt(0));
    String core = s.strip();
    if (core.isEmpty()) {
      if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
        text.append(' ');
      }
      return;
    }
    if (space && text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
    int before = text.length();
    text.append(core);
    if (Character.isWhitespace(s.charAt(s.length() - 1))) {
      text.append(' ');
    }
    if (linkDepth > 0) {
      linkChars += text.length() - before;
      if (!plainSeen) {
        leadingLink += text.length() - before;
      }
    } else {
      plainSeen = true;
    }
  }

  /** Ends the current run: line breaks inside it split it into separate blocks of one owner. */
  private void flush(Element owner) {
    if (text.length() == 0) {
      return;
    }
    String all = text.toString();
    text.setLength(0);
    int links = linkChars;
    linkChars = 0;
    int lead = leadingLink;
    leadingLink = 0;
    plainSeen = false;
    String[] lines = all.indexOf('\n') < 0 ? new String[] {all} : rejoin(all.split("\n"));
    int total = 0;
    for (String l : lines) {
      total += l.strip().length();
    }
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty() || blocks.size() >= MAX_BLOCKS) {
        continue;
      }
      // Link characters are spread over the lines in proportion; exact enough for density.
      int share = total == 0 ? 0 : (int) Math.min(t.length(), Math.round((double) links * t.length() / total));
      int leading = Math.min(lead, share);
      lead = 0; // only the first line opens with the link
      blocks.add(new TextBlock(t, share, leading, owner, kind(owner)));
    }
  }

  /**
   * The lines with hard-wrapped sentences put back together: a line that does not end a sentence,
   * followed by one that opens in lower case, is one sentence broken by a {@code <br>}, as blog
   * engines do to every newline of a post.
   */
  static String[] rejoin(String[] lines) {
    List<String> out = new ArrayList<>(lines.length);
    for (String line : lines) {
      String t = line.strip();
      int last = out.size() - 1;
      if (last >= 0 && continues(out.get(last), t)) {
        out.set(last, out.get(last) + " " + t);
      } else if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out.toArray(String[]::new);
  }

  private static boolean continues(String before, String next) {
    if (before.isEmpty() || next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))) {
      return false;
    }
    char end = before.charAt(before.length() - 1);
    return Character.isLetterOrDigit(end) || end == ',' || end == '-' || end == '\u2014' || end == '\u2013';
  }

  private static TextBlock.Kind kind(Element owner) {
    return switch (owner.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
      case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
      case "blockquote" -> TextBlock.Kind.QUOTE;
      case "figcaption", "caption" -> TextBlock.Kind.CAPTION;
      case "td", "th" -> TextBlock.Kind.CELL;
      case "pre" -> TextBlock.Kind.CODE;
      default -> TextBlock.Kind.PARAGRAPH;
    };
  }
}
