package dev.storyline.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Separates a kicker (the label or topic line set above a headline: "Coronavirus und andere
 * Zoonosen", "Einheit der Woche") from the headline when both are marked up inside one heading.
 */
final class Kickers {

  /** Wrappers a heading's text may sit in before its kicker shows ({@code h1 > span > small}); pages nest two at most. */
  static final int MAX_WRAPPER_DEPTH = 3;

  /** A headline after a kicker has at least this many words; one word after a label is a styled word, not a headline. */
  static final int MIN_REST_WORDS = 2;

  /** Elements a kicker is set in; emphasis and links inside a headline are part of it. */
  private static final List<String> KICKER_TAGS = List.of("span", "small", "div", "p");

  /** Elements in a heading that hold no text a reader sees. */
  private static final List<String> INVISIBLE_TAGS = List.of("style", "script", "noscript", "template");

  /** Class words that mark an element as the headline itself, so it is no kicker. */
  private static final Pattern HEADLINE_CLASS = Pattern.compile("(?:^|[-_\\s])(?:headline|title|heading)(?:$|\\s)");

  /** Class words that mark a kicker even where its name also says "title" ("entry-title__toptitle"). */
  private static final Pattern KICKER_CLASS = Pattern.compile(
      "kicker|roofline|overline|topline|toptitle|dachzeile|eyebrow|supertitle|pretitle|titleheader");

  /** Separators set between kicker and headline, often hidden from sight but present in the text. */
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s:|–—•·-]+");

  private Kickers() {}

  /** The heading's headline without a kicker element set before it; the whole text when it has none. */
  static String headline(Element heading) {
    String whole = heading.text().strip();
    Element box = heading;
    for (int depth = 0; depth < MAX_WRAPPER_DEPTH; depth++) {
      Node first = firstContent(box);
      if (!(first instanceof Element kicker) || !KICKER_TAGS.contains(kicker.normalName())) {
        return whole;
      }
      String rest = rest(box, kicker);
      if (rest.isEmpty()) {
        box = kicker; // a wrapper around the whole heading: the kicker may be inside it
        continue;
      }
      return isKicker(kicker, rest) ? rest : whole;
    }
    return whole;
  }

  /**
   * The headline without the kicker another heading of the same text marks up, as pages that set the
   * headline twice (for readers and for screen readers or print) often mark it in one place only;
   * the text as it is when none does.
   */
  static String markedElsewhere(List<Element> headings, String text) {
    for (Element h : headings) {
      if (h.text().strip().equals(text)) {
        String line = headline(h);
        if (!line.equals(text)) {
          return line;
        }
      }
    }
    return text;
  }

  private static boolean isKicker(Element kicker, String rest) {
    String marks = (kicker.className() + " " + kicker.attr("itemprop")).toLowerCase(Locale.ROOT);
    if (HEADLINE_CLASS.matcher(marks).find() && !KICKER_CLASS.matcher(marks).find()) {
      return false;
    }
    Node next = kicker.nextSibling();
    while (next instanceof TextNode t && t.isBlank()) {
      next = next.nextSibling();
    }
    boolean setApart = !kicker.className().isBlank() || kicker.normalName().equals("small")
        || next instanceof Element e && e.normalName().equals("br");
    int first = rest.codePointAt(0);
    boolean startsAnew = !Character.isLowerCase(first);
    return setApart && startsAnew && kicker.text().strip().length() >= 2
        && rest.split("\\s+").length >= MIN_REST_WORDS;
  }

  /** The text of the box after the kicker, without the separators set between them. */
  private static String rest(Element box, Element kicker) {
    StringBuilder text = new StringBuilder();
    for (Node n = kicker.nextSibling(); n != null; n = n.nextSibling()) {
      text.append(' ').append(n instanceof Element e ? e.text() : n instanceof TextNode t ? t.text() : "");
    }
    String rest = text.toString().replaceAll("\\s+", " ").strip();
    return LEADING_SEPARATORS.matcher(rest).replaceFirst("").strip();
  }

  private static Node firstContent(Element box) {
    for (Node n : box.childNodes()) {
      if (n instanceof TextNode t) {
        if (!t.isBlank()) {
          return n;
        }
      } else if (n instanceof Element e && !INVISIBLE_TAGS.contains(e.normalName())) {
        return n;
      }
    }
    return null;
  }
}
