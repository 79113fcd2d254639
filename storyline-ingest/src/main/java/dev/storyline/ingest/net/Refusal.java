package dev.storyline.ingest.net;

import java.io.IOException;

/**
 * A request refused before any connection was made. The message is one line, "input: refused:
 * reason", with control characters in the input shown as '?' and a long input cut short.
 */
public final class Refusal extends IOException {
  private static final long serialVersionUID = 1L;

  /** Most characters of the input repeated in the message: enough to recognise a URL, while hostile ones can be megabytes. */
  static final int MAX_ECHO_CHARS = 300;

  private final String input;
  private final String reason;

  public Refusal(String input, String reason) {
    super(oneLine(input) + ": refused: " + oneLine(reason));
    this.input = input;
    this.reason = reason;
  }

  /** The URL or host as it was given. */
  public String input() {
    return input;
  }

  /** Why it was refused, e.g. "loopback address 127.0.0.1". */
  public String reason() {
    return reason;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "null";
    }
    boolean cut = s.length() > MAX_ECHO_CHARS;
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_ECHO_CHARS) + 3);
    for (int i = 0; i < s.length() && i < MAX_ECHO_CHARS; i++) {
      char c = s.charAt(i);
      // C0, DEL, C1 and the Unicode line and paragraph separators would break the line.
      boolean breaking = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      b.append(breaking ? '?' : c);
    }
    if (cut && Character.isHighSurrogate(b.charAt(b.length() - 1))) {
      b.setLength(b.length() - 1);
    }
    return cut ? b.append("...").toString() : b.toString();
  }
}
