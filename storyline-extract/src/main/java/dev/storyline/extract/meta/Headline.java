package dev.storyline.extract.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the element that holds a page's headline, the anchor its date line is sought beside. */
final class Headline {

  /** Headlines shorter than this are a site's logo set in an h1, not the story's headline. */
  static final int MIN_HEADLINE_CHARS = 15;

  /**
   * Headings (h1 and h2) compared with the title. The headline comes before the teasers of other
   * stories, which are set in h2 and can run to dozens on a page.
   */
  static final int MAX_HEADINGS = 20;

  /** Words shorter than this ("a", "of", "la") say nothing about which heading is the headline. */
  static final int MIN_WORD_CHARS = 3;

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Headline() {}

  /**
   * The h1 or h2 whose words best match the page's declared title, the earlier on a tie; else the
   * first h1 long enough to be a headline; else the lower heading or title element that best
   * matches the title; else the first h1; null when none.
   */
  static Element of(PageIndex index, MetaTags meta) {
    Document page = document(index);
    String declared = meta.value("og:title", "twitter:title");
    if (declared == null && page != null) {
      declared = page.title();
    }
    Set<String> titleWords = words(declared == null ? "" : declared);
    Element best = best(index.headings, titleWords);
    if (best != null) {
      return best;
    }
    for (Element h : index.headings) {
      if (h.normalName().equals("h1") && h.text().strip().length() >= MIN_HEADLINE_CHARS) {
        return h;
      }
    }
    Element minor = page == null || titleWords.isEmpty() ? null : best(index.minorHeadings, titleWords);
    return minor != null ? minor : index.firstH1;
  }

  /** Of the first {@link #MAX_HEADINGS} candidates, the earliest whose words best match the title. */
  private static Element best(List<Element> candidates, Set<String> titleWords) {
    Element best = null;
    int bestScore = 0;
    int seen = 0;
    for (Element h : candidates) {
      if (++seen > MAX_HEADINGS) {
        break;
      }
      // Words the title lacks count against a heading: the site's name, a teaser's other story.
      int score = 0;
      for (String w : words(h.text())) {
        score += titleWords.contains(w) ? 1 : -1;
      }
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    return best;
  }

  /** The page an index was made of, or null when it holds no element. */
  private static Document document(PageIndex index) {
    for (List<Element> list : List.of(index.headings, index.metas, index.jsonLd, index.times, index.dateLines)) {
      if (!list.isEmpty()) {
        return list.get(0).ownerDocument();
      }
    }
    return null;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() >= MIN_WORD_CHARS) {
        out.add(w);
      }
    }
    return out;
  }
}
