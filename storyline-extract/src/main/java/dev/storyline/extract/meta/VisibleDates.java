package dev.storyline.extract.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Last resorts for pages without a date line beside their headline: the first date in an element
 * whose class or id speaks of dates, then the first date written shortly after the first h1.
 */
final class VisibleDates {

  /** Most date-line elements examined; the post's own comes early, comment dates follow. */
  static final int MAX_VISIBLE_ELEMENTS = 30;

  /** Characters after the headline searched for a date line when nothing else dates the page. */
  static final int HEADLINE_WINDOW_CHARS = 600;

  private VisibleDates() {}

  /** The day a date-classed element or the text after the first h1 names, or null. */
  static Found<LocalDate> find(PageIndex index, LocalDate today, LocalDateTime fetched) {
    Found<LocalDate> classed = classed(index, today, fetched);
    return classed != null ? classed : nearHeadline(index, today);
  }

  private static Found<LocalDate> classed(PageIndex index, LocalDate today, LocalDateTime fetched) {
    int seen = 0;
    for (Element e : index.dateLines) {
      if (++seen > MAX_VISIBLE_ELEMENTS) {
        break;
      }
      String text = e.text();
      if (text.isEmpty() || text.length() > StructuredDates.MAX_DATE_TEXT_CHARS || isModifiedLine(text)) {
        continue;
      }
      LocalDate d = DateText.find(text, today);
      if (d == null && fetched != null) {
        d = DateText.relative(text, fetched);
      }
      if (d != null) {
        return new Found<>(d, "visible-text", 0.6);
      }
    }
    return null;
  }

  /** The first date written within a short stretch after the headline, or null. */
  private static Found<LocalDate> nearHeadline(PageIndex index, LocalDate today) {
    Element h1 = index.firstH1;
    if (h1 == null) {
      return null;
    }
    StringBuilder window = new StringBuilder();
    for (Element e = h1; e != null && window.length() < HEADLINE_WINDOW_CHARS; e = next(e)) {
      if (e != h1 && e.children().isEmpty() || e.normalName().equals("time")) {
        window.append(e.text()).append(' ');
      }
    }
    LocalDate d = DateText.find(window.toString(), today);
    return d == null ? null : new Found<>(d, "visible-text", 0.5);
  }

  /** The element after this one in document order, descending into children first. */
  private static Element next(Element e) {
    if (!e.children().isEmpty()) {
      return e.child(0);
    }
    for (Element x = e; x != null; x = x.parent()) {
      Element sibling = x.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  private static boolean isModifiedLine(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return (t.startsWith("updated") || t.startsWith("aktualisiert") || t.startsWith("mis à jour")
        || t.startsWith("actualizado") || t.startsWith("last modified") || t.startsWith("zuletzt"))
        && !t.contains("publi") && !t.contains("veröffentlicht");
  }
}
