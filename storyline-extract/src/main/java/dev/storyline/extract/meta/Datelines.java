package dev.storyline.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the date line of an article among the dates written for readers: the one set beside the
 * headline ("1. Februar 2022, Daniel Dillenburg", "Datum: 03.11.2021", "24. April 2020 | Presse")
 * or labelled as the publication ("Erschienen am", "Published on", "Mise en ligne"), never one
 * labelled as a later change, nor one in comments or lists of other stories.
 */
final class Datelines {

  /**
   * Characters of page text before the headline searched for its date line. Kickers and category
   * lines above a headline run to a few dozen characters; a site's own header with today's date
   * usually lies further up, behind the navigation.
   */
  static final int BEFORE_HEADLINE_CHARS = 150;

  /**
   * Characters of page text after the headline searched for its date line: room for a standfirst,
   * a byline and an image caption, which is where date lines sit.
   */
  static final int AFTER_HEADLINE_CHARS = 1200;

  /**
   * A date counts as a node's date line only within this many characters of the node's start;
   * further in, it is a date the story talks about.
   */
  static final int DATE_PREFIX_CHARS = 60;

  /** Longest written date read: "17 de diciembre de 2023" and "December 17th, 2023" fit twice. */
  static final int LONGEST_DATE_CHARS = 40;

  /**
   * How many times nearer a labelled date counts than an unlabelled one: a "Veröffentlicht am" line
   * below a standfirst beats a bare date in a caption just under the headline.
   */
  static final int LABEL_PULL = 4;

  /**
   * Longest run read as a date line on its own; a longer one is a paragraph, whose date counts only
   * when it opens it ("Karlsruhe, (12.11.2021). Traditionell ...", "27.1.2022 - Bei der ...").
   */
  static final int MAX_LINE_CHARS = 80;

  /** What may precede a date that opens a paragraph: nothing, or a place and a separator. */
  private static final Pattern PARAGRAPH_OPENING = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.' /-]{0,40}\\s*[,:–—-]\\s*)?\\(?\\s*");

  /** Characters of preceding text read for a label such as "Veröffentlicht am". */
  static final int LABEL_CHARS = 40;

  private Datelines() {}

  /** The date line's day, or null when no headline or no date line is found. */
  static Found<LocalDate> find(PageIndex index, MetaTags meta, LocalDate today) {
    Element headline = Headline.of(index, meta);
    if (headline == null) {
      return null;
    }
    ReaderText text = index.reader.around(headline);
    if (text == null) {
      return null;
    }
    LocalDate best = null;
    int bestRank = Integer.MAX_VALUE;
    LocalDate far = null;
    boolean farDisagree = false;
    LocalDate updated = null;
    int updatedRank = Integer.MAX_VALUE;
    List<ReaderText.Run> runs = text.runs();
    for (int i = 0; i < runs.size(); i++) {
      ReaderText.Run run = runs.get(i);
      if (run.changed()) {
        continue;
      }
      boolean before = run.end() <= text.headlineStart();
      int distance = before ? text.headlineStart() - run.end()
          : run.start() >= text.headlineEnd() ? run.start() - text.headlineEnd() : 0;
      String head = run.text().length() > DATE_PREFIX_CHARS + LONGEST_DATE_CHARS
          ? run.text().substring(0, DATE_PREFIX_CHARS + LONGEST_DATE_CHARS) : run.text();
      if (head.chars().noneMatch(Character::isDigit)) {
        continue; // most runs are words only; the date pattern is costly to try on each
      }
      boolean near = before ? distance <= BEFORE_HEADLINE_CHARS : distance <= AFTER_HEADLINE_CHARS;
      boolean line = run.text().length() <= MAX_LINE_CHARS;
      if (!near) {
        // far from the headline only a labelled date counts, and its label lies in this span
        String span = text.before(i, DATE_PREFIX_CHARS, LABEL_CHARS + DATE_PREFIX_CHARS);
        if (!DateLabels.mayHoldPublished(span) && !(line && DateLabels.mayHoldCredit(span))) {
          continue;
        }
      }
      DateText.Hit hit = DateText.first(head, today);
      if (hit == null || hit.start() > DATE_PREFIX_CHARS) {
        continue;
      }
      String label = text.before(i, hit.start(), LABEL_CHARS);
      if (DateLabels.endsWithModified(label) || DateLabels.endsWithOther(label)) {
        continue;
      }
      boolean labelled = DateLabels.endsWithPublished(label) || line && DateLabels.endsWithCredit(label);
      if (!line && !labelled && !opensWithDate(run.text().substring(0, hit.start()))) {
        continue; // a date inside a sentence: "Mit der am 15. Januar in Kraft getretenen Verordnung"
      }
      if (!near) {
        if (labelled) {
          // One label over several days is a list of other stories, each with its date.
          farDisagree |= far != null && !far.equals(hit.date());
          far = hit.date();
        }
        continue;
      }
      int rank = labelled ? distance / LABEL_PULL : distance;
      if (run.updated()) {
        if (rank < updatedRank) {
          updatedRank = rank;
          updated = hit.date();
        }
      } else if (rank < bestRank) {
        bestRank = rank;
        best = hit.date();
      }
    }
    if (best == null && !farDisagree) {
      best = far;
    }
    if (best == null) {
      best = updated;
    }
    return best == null ? null : new Found<>(best, "visible-text", 0.65);
  }

  private static boolean opensWithDate(String prefix) {
    return PARAGRAPH_OPENING.matcher(prefix).matches();
  }
}
