package dev.storyline.ingest.feed;

import java.util.HashMap;
import java.util.Map;

/**
 * HTML character references: numeric ones, and the named ones feeds actually use (the HTML 4
 * Latin-1 set, the markup characters and common typography).
 */
final class HtmlEntities {

  /** Longest entity name looked up; the longest in the tables below has 6 letters. */
  static final int MAX_NAME = 8;

  /** Longest numeric reference read, digits only; U+10FFFF takes 7 decimal digits. */
  static final int MAX_DIGITS = 7;

  /** Names of U+00A0 to U+00FF in code point order (HTML 4.01, section 24.2). */
  private static final String LATIN_1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not"
      + " shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12"
      + " frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave"
      + " Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml"
      + " Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml"
      + " igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute"
      + " ucirc uuml yacute thorn yuml";

  private static final Map<String, Integer> NAMES = new HashMap<>();

  static {
    String[] latin = LATIN_1.split(" ");
    for (int i = 0; i < latin.length; i++) {
      NAMES.put(latin[i], 0xA0 + i);
    }
    Object[] more = {"quot", '"', "amp", '&', "apos", '\'', "lt", '<', "gt", '>', "OElig", 'Œ', "oelig", 'œ',
        "Scaron", 'Š', "scaron", 'š', "Yuml", 'Ÿ', "circ", 'ˆ', "tilde", '˜', "ensp", '\u2002', "emsp", '\u2003',
        "thinsp", '\u2009', "zwnj", '\u200C', "zwj", '\u200D', "lrm", '\u200E', "rlm", '\u200F', "ndash", '–',
        "mdash", '—', "lsquo", '‘', "rsquo", '’', "sbquo", '‚', "ldquo", '“', "rdquo", '”', "bdquo", '„',
        "dagger", '†', "Dagger", '‡', "permil", '‰', "lsaquo", '‹', "rsaquo", '›', "euro", '€', "bull", '•',
        "hellip", '…', "prime", '′', "Prime", '″', "trade", '™', "larr", '←', "rarr", '→', "minus", '−'};
    for (int i = 0; i < more.length; i += 2) {
      NAMES.put((String) more[i], (int) (Character) more[i + 1]);
    }
  }

  private HtmlEntities() {}

  /** Size of the Latin-1 table, for checking it covers U+00A0 to U+00FF exactly. */
  static int latin1Count() {
    return LATIN_1.split(" ").length;
  }

  /**
   * Decodes the reference starting at {@code s[at] == '&'} into {@code out}; returns the index
   * after it, or -1 (appending nothing) when there is no known reference there.
   */
  static int decode(String s, int at, StringBuilder out) {
    int semi = at + 1;
    int limit = Math.min(s.length(), at + MAX_NAME + 3);
    while (semi < limit && s.charAt(semi) != ';') {
      semi++;
    }
    if (semi >= limit || semi == at + 1) {
      return -1;
    }
    String name = s.substring(at + 1, semi);
    int code;
    if (name.charAt(0) == '#') {
      code = number(name.substring(1));
      if (code < 0) {
        return -1;
      }
      if (code == 0 || code > Character.MAX_CODE_POINT || code >= 0xD800 && code <= 0xDFFF) {
        code = 0xFFFD;
      }
    } else {
      Integer known = NAMES.get(name);
      if (known == null) {
        return -1;
      }
      code = known;
    }
    out.appendCodePoint(code);
    return semi + 1;
  }

  /** The number in "123" or "x1F", or -1 when it is neither. */
  private static int number(String digits) {
    boolean hex = !digits.isEmpty() && (digits.charAt(0) == 'x' || digits.charAt(0) == 'X');
    String d = hex ? digits.substring(1) : digits;
    if (d.isEmpty() || d.length() > MAX_DIGITS) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < d.length(); i++) {
      int v = Character.digit(d.charAt(i), hex ? 16 : 10);
      if (v < 0 || d.charAt(i) > 0x7f) {
        return -1;
      }
      value = value * (hex ? 16 : 10) + v;
    }
    return value;
  }
}
