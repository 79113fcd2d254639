package dev.storyline.ingest;

/** Tells text from content that cannot be an article. */
public final class TextSniffer {

  /** How much of a file is examined; binary formats show themselves in their first kilobytes. */
  static final int SNIFF_BYTES = 8192;

  /** Share of control bytes above which content is taken as binary; text has almost none. */
  static final double MAX_CONTROL_SHARE = 0.05;

  private TextSniffer() {}

  /** What the first bytes of a document say it is. */
  public enum Kind { TEXT, EMPTY, BINARY }

  /** Whether the bytes are text, empty (nothing but whitespace) or binary. */
  public static Kind kind(byte[] bytes) {
    return sniff(bytes).kind();
  }

  /** Null when the bytes look like text, else a short description of the problem. */
  static String problem(byte[] bytes) {
    return sniff(bytes).problem();
  }

  /** What the bytes are, and what is wrong with them when they are no text. */
  private record Sniff(Kind kind, String problem) {}

  private static final Sniff TEXT = new Sniff(Kind.TEXT, null);

  private static Sniff sniff(byte[] bytes) {
    boolean blank = true;
    int controls = 0;
    int n = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b > ' ') {
        blank = false;
      }
      if (i >= n) {
        if (!blank) {
          break;
        }
        continue;
      }
      if (b == 0) {
        return new Sniff(Kind.BINARY, "binary content (NUL byte at offset " + i + "), not a text or HTML document");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (blank) {
      return new Sniff(Kind.EMPTY, "empty file");
    }
    if (controls > n * MAX_CONTROL_SHARE) {
      return new Sniff(Kind.BINARY,
          "binary content (" + controls + " control bytes in the first " + n + "), not a text or HTML document");
    }
    return TEXT;
  }
}
