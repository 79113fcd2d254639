package dev.storyline.cluster.dedup;

/** The words of a text, one hash each, read without copying the text. */
final class Words {

  private final String text;
  private int at;
  private boolean found;

  Words(String text) {
    this.text = text;
  }

  /**
   * The hash of the next word, lower-cased code point by code point; after the last word, found()
   * turns false and the value returned means nothing.
   */
  long next() {
    int n = text.length();
    while (at < n && !Character.isLetterOrDigit(text.codePointAt(at))) {
      at += Character.charCount(text.codePointAt(at));
    }
    found = at < n;
    long h = Mix.FNV_OFFSET;
    while (at < n) {
      int cp = text.codePointAt(at);
      if (!Character.isLetterOrDigit(cp) && !mark(cp)) {
        break;
      }
      h = (h ^ Character.toLowerCase(cp)) * Mix.FNV_PRIME;
      at += Character.charCount(cp);
    }
    return Mix.finish(h);
  }

  boolean found() {
    return found;
  }

  private static boolean mark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
