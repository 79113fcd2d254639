package dev.storyline.extract.html;

/**
 * What one block of text says about the container it sits in: whether it reads as prose, and how much
 * it weighs for or against that container being the article.
 */
final class Prose {

  /** Share of a block's characters inside links above which it is navigation, not prose. */
  static final double MAX_LINK_DENSITY = 0.6;

  /** A block this long outside links is prose whatever its punctuation: about two lines of a column. */
  static final int PROSE_CHARS = 80;

  /** Shorter blocks are prose only when they read as a sentence: a one-line paragraph. */
  static final int SENTENCE_CHARS = 30;

  /** How much a short non-prose line costs against prose, per character. */
  static final double SHORT_LINE_COST = 0.3;

  private Prose() {}

  /** What a block adds to the case that its container is the article: prose for, links and crumbs against. */
  static double weight(TextBlock b) {
    if (b.linkDensity() > MAX_LINK_DENSITY || isTeaserItem(b)) {
      return -b.text().length();
    }
    boolean dense = isDense(b.text());
    if (isProse(b, dense)) {
      return latinChars(b, dense) * (1 - b.linkDensity());
    }
    return -SHORT_LINE_COST * b.text().length();
  }

  /** Shortest linked headline that opens a list item made of a headline and its blurb. */
  static final int TEASER_HEADLINE_CHARS = 20;

  /** A list item that opens with a linked headline and runs on into a blurb: a list of other stories. */
  static boolean isTeaserItem(TextBlock b) {
    return b.kind() == TextBlock.Kind.LIST_ITEM && b.leadingLinkChars() >= TEASER_HEADLINE_CHARS
        && b.plainChars() >= SENTENCE_CHARS;
  }

  /** Characters outside links, counted as Latin-script letters: dense scripts weigh more per character. */
  private static int latinChars(TextBlock b, boolean dense) {
    return b.plainChars() * (dense ? DENSE_SCRIPT_FACTOR : 1);
  }

  /** True when the block reads as running text and is not mostly links: a paragraph of the story. */
  static boolean isLinkFreeProse(TextBlock b) {
    return b.linkDensity() <= MAX_LINK_DENSITY && isProse(b);
  }

  /** True when the block reads as running text: long enough outside links, or one sentence. */
  static boolean isProse(TextBlock b) {
    return isProse(b, isDense(b.text()));
  }

  private static boolean isProse(TextBlock b, boolean dense) {
    int plain = latinChars(b, dense);
    if (plain >= PROSE_CHARS) {
      return true;
    }
    String t = b.text();
    char last = t.charAt(t.length() - 1);
    boolean sentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»'
        || last == '“' || last == '«' || last == '’'
        || last == ':' || last == '…' || last == '。' || last == '！' || last == '？' || last == '」';
    return plain >= SENTENCE_CHARS && sentence && (t.indexOf(' ') > 0 || dense);
  }

  /**
   * How many letters of Latin script one character of Chinese, Japanese or Korean is worth: a
   * sentence takes about a third as many characters.
   */
  static final int DENSE_SCRIPT_FACTOR = 3;

  /** Below this code point (Hangul Jamo) no script is written without spaces. */
  private static final char FIRST_DENSE_CHAR = '\u1100';

  /** True for text mostly in a script written without spaces between words. */
  static boolean isDense(String t) {
    int dense = 0;
    int n = Math.min(t.length(), 40);
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c < FIRST_DENSE_CHAR) {
        continue; // Latin, Cyrillic, Greek, Arabic, Indic...: none of them dense, no table lookup needed
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
          || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL) {
        dense++;
      }
    }
    return dense * 2 > n;
  }
}
