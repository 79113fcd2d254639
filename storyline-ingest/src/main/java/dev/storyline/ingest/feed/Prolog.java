package dev.storyline.ingest.feed;

/**
 * The start of a document read without a parser: the name of the first XML element, whether a
 * DOCTYPE comes before it, or whether the document opens a JSON object.
 */
final class Prolog {

  /**
   * How much of a document is examined. Declarations, stylesheet instructions and comments before
   * the root take a few hundred bytes; 64 KB leaves room for a long licence comment.
   */
  static final int HEAD_BYTES = 65_536;

  /** Longest root name kept; element names in feeds are short and anything longer is no feed. */
  static final int MAX_NAME_CHARS = 100;

  /** The qualified name of the first element, or null when there is none in the head. */
  final String root;
  /** Whether a DOCTYPE declaration appears before the first element. */
  final boolean doctype;
  /** Whether the first character that is not blank opens a JSON object. */
  final boolean json;

  private Prolog(String root, boolean doctype, boolean json) {
    this.root = root;
    this.doctype = doctype;
    this.json = json;
  }

  static Prolog of(byte[] bytes) {
    return of(head(bytes));
  }

  /** What the start of a document, already decoded, holds. */
  static Prolog of(String s) {
    int i = skipBlank(s, 0);
    if (i < s.length() && s.charAt(i) == '{') {
      return new Prolog(null, false, true);
    }
    boolean doctype = false;
    while (i < s.length() && s.charAt(i) == '<') {
      int end;
      if (s.startsWith("<?", i)) {
        end = s.indexOf("?>", i + 2) + 2;
      } else if (s.startsWith("<!--", i)) {
        end = s.indexOf("-->", i + 4) + 3;
      } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        doctype = true;
        end = doctypeEnd(s, i + 9);
      } else {
        return new Prolog(name(s, i + 1), doctype, false);
      }
      if (end < i + 2) {
        break;
      }
      i = skipBlank(s, end);
    }
    return new Prolog(null, doctype, false);
  }

  /** The local part of the root's name, or null. */
  String rootLocalName() {
    return root == null ? null : root.substring(root.indexOf(':') + 1);
  }

  private static String name(String s, int from) {
    int i = from;
    while (i < s.length() && i - from < MAX_NAME_CHARS && isNameChar(s.charAt(i))) {
      i++;
    }
    return i == from ? null : s.substring(from, i);
  }

  private static boolean isNameChar(char c) {
    return c > ' ' && c != '>' && c != '/' && c != '<' && c != '=' && c != '"' && c != '\'';
  }

  /** Index after the DOCTYPE's closing '>', skipping an internal subset in brackets; -1 if none. */
  private static int doctypeEnd(String s, int from) {
    boolean subset = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        subset = true;
      } else if (c == ']') {
        subset = false;
      } else if (c == '>' && !subset) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int skipBlank(String s, int i) {
    while (i < s.length() && (s.charAt(i) <= ' ' || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  /** The first {@link #HEAD_BYTES} of the document as text, in the encoding it has or declares. */
  static String head(byte[] bytes) {
    XmlEncoding e = XmlEncoding.detect(bytes);
    int n = Math.max(0, Math.min(bytes.length, HEAD_BYTES) - e.bomLength());
    return new String(bytes, e.bomLength(), n, e.charset());
  }
}
