package dev.storyline.extract.meta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text a reader sees on a page, collected as {@link PageIndex} walks it, so that the page is
 * walked once: the runs of {@link ReaderText} in document order with their offsets, and where each
 * element that may anchor a date line (a heading) begins and ends in them. Scripts, forms, comment
 * threads, lists of related stories and image captions are left out: their dates belong to other
 * texts, or to the day a photo was taken.
 */
final class ReaderRuns {

  /** Most runs read; a news page has a few thousand, and a date line lies near its headline. */
  static final int MAX_RUNS = 20_000;

  /** Elements whose text no reader sees. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "svg", "select",
      "textarea", "head", "figcaption");

  /** Class or id fragments of comment threads and teasers of other stories. */
  private static final String[] OTHER_TEXTS = {"comment", "related", "kommentar", "commentaire", "comentario"};

  private final List<ReaderText.Run> runs = new ArrayList<>();
  private final Map<Element, int[]> spans = new IdentityHashMap<>();
  private final Deque<Element> openAnchors = new ArrayDeque<>();
  private int offset;
  private Element hiddenRoot;
  private Element changedRoot;
  private Element updatedRoot;
  private boolean stopped;

  /**
   * Enters an element, before its children.
   *
   * @param tag its normal name
   * @param cls its class names, lower case
   * @param id its id, lower case
   * @param itemprop its microdata property
   * @param anchor whether a date line may be sought beside it, so that where it lies is kept
   */
  void enter(Element e, String tag, String cls, String id, String itemprop, boolean anchor) {
    if (anchor) {
      spans.put(e, new int[] {-1, -1}); // unseen until entered and left in sight
    }
    if (skips()) {
      return;
    }
    if (HIDDEN.contains(tag) || containsAny(cls) || containsAny(id)) {
      hiddenRoot = e;
      return;
    }
    if (anchor) {
      spans.get(e)[0] = offset;
      openAnchors.push(e);
    }
    // Marked, by microdata or class, as holding the time of a later change.
    if (changedRoot == null && (itemprop.equals("dateModified") || cls.contains("modified"))) {
      changedRoot = e;
    }
    // Classed "updated" only: hAtom asks blog themes to class their one printed date so.
    if (updatedRoot == null && cls.contains("updated")) {
      updatedRoot = e;
    }
  }

  /** Enters a node other than an element: text becomes a run. */
  void enter(Node node) {
    if (skips() || !(node instanceof TextNode t) || t.isBlank()) {
      return;
    }
    String s = readable(t.getWholeText());
    if (!s.isEmpty()) {
      runs.add(new ReaderText.Run(s, offset, changedRoot != null, updatedRoot != null));
      offset += s.length() + 1;
    }
  }

  /** A text node's text as a reader sees it, equal to {@code TextNode.text().strip()}. */
  // Built with one copy, not the two of text() and strip(): every text node of a page passes here.
  static String readable(String whole) {
    StringBuilder text = StringUtil.borrowBuilder();
    StringUtil.appendNormalisedWhitespace(text, whole, true);
    if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
    return StringUtil.releaseBuilder(text).strip();
  }

  /** Leaves a node, after its children. */
  void leave(Node node) {
    if (stopped) {
      return;
    }
    if (hiddenRoot != null) {
      if (node == hiddenRoot) {
        hiddenRoot = null;
      }
      return;
    }
    if (node == openAnchors.peek()) {
      spans.get(openAnchors.pop())[1] = offset;
    }
    if (node == changedRoot) {
      changedRoot = null;
    }
    if (node == updatedRoot) {
      updatedRoot = null;
    }
  }

  /**
   * The reader text with an anchor as its headline, or null when the reader never sees all of the
   * anchor: it is hidden, or lies past the first {@link #MAX_RUNS} runs.
   *
   * @throws IllegalArgumentException when the element was not entered as an anchor
   */
  ReaderText around(Element anchor) {
    int[] span = spans.get(anchor);
    if (span == null) {
      throw new IllegalArgumentException("not an anchor of the page index: " + anchor.normalName());
    }
    return span[1] < 0 ? null : new ReaderText(Collections.unmodifiableList(runs), span[0], span[1]);
  }

  /** True while the walk is inside hidden text or past the limit, where nothing is collected. */
  private boolean skips() {
    stopped |= runs.size() >= MAX_RUNS;
    return stopped || hiddenRoot != null;
  }

  private static boolean containsAny(String classOrId) {
    if (classOrId.isEmpty()) {
      return false;
    }
    for (String f : OTHER_TEXTS) {
      if (classOrId.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
