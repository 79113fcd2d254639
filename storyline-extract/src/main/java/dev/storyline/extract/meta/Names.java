package dev.storyline.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cleans author credits into people's names: "By", roles, dates, outlets and "Staff" removed. */
public final class Names {

  /** Longest credit read; longer text is prose, not a byline. */
  static final int MAX_CREDIT_CHARS = 200;

  /** Longest single name kept: the longest real bylines ("Maria del Carmen García Fernández") fit. */
  static final int MAX_NAME_CHARS = 60;

  /** Most names one credit can hold; longer lists are tag clouds or staff pages. */
  static final int MAX_NAMES = 8;

  /** Word parts of organisations' names: "Bayerische Landesanstalt für Wald", "Bund der Verbraucher". */
  private static final Pattern ORGANISATION = Pattern.compile(
      "landesanstalt|ministerium|universit|institut|stiftung|foundation|gmbh|verband|verein\\b|gesellschaft"
          + "|\\be\\.\\s?v\\b|^bund\\b|\\bassociation|\\bcompany\\b|\\bcorporation",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Names() {}

  /**
   * People named in a credit line such as "By Ana Ruiz and Tom Lee, Reuters".
   *
   * @param strict true for credits from visible text, where a name must look like a person's
   *     (capitalised words); false for structured data, where a single user name counts
   */
  public static List<String> people(String credit, boolean strict) {
    List<String> out = new ArrayList<>();
    if (credit == null || credit.isBlank() || credit.length() > MAX_CREDIT_CHARS || credit.contains("://")) {
      return out;
    }
    String s = credit.strip().replaceAll("\\s+", " ");
    if (CreditTail.creditsPicture(s)) {
      return out;
    }
    String named = Credits.afterLead(s);
    s = CreditTail.cut(named);
    if (strict && named.length() < credit.strip().length() && isSignature(s)) {
      strict = false; // "Posted by Konstantin": after an explicit credit, one name is a person too
    }
    for (String part : CreditTail.parts(s)) {
      if (!strict && ORGANISATION.matcher(part).find()) {
        return List.of(); // an organisation credited in an author field: its other parts are no people
      }
      String name = clean(part);
      if (name != null && !strict && !looksLikeName(name) && !isUserName(name)) {
        return List.of(); // prose or an organisation's name in an author field: none of it is trusted
      }
      if (name != null && (!strict || looksLikeName(name)) && !out.contains(name)) {
        out.add(name);
      }
      if (out.size() >= MAX_NAMES) {
        break;
      }
    }
    return out;
  }

  private static String clean(String part) {
    String n = Credits.afterLead(part.strip());
    n = n.replaceAll("^[@\\s\"'“”(\\[-]+|[\\s\"'“”)\\].:,-]+$", "");
    if (n.isEmpty() || n.length() > MAX_NAME_CHARS || n.contains("@") || n.startsWith("#")) {
      return null;
    }
    if (NameWords.isDegree(n) || ORGANISATION.matcher(n).find()) {
      return null;
    }
    n = NameWords.withoutTitleAndRole(n);
    if (n == null || NameWords.hasNonNameWord(n)) {
      return null;
    }
    return n.chars().anyMatch(Character::isLetter) ? n : null;
  }

  /**
   * A name folded to its letters and digits in lower case, so that spellings of one name compare
   * equal: "L-MAG", "l-mag.de" and "LMAG"; "christian.roe" and "Christian Roe".
   */
  static String key(String name) {
    StringBuilder b = new StringBuilder();
    name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** One capitalised word with nothing after it, as blogs sign their posts: "Konstantin". */
  private static boolean isSignature(String s) {
    String t = s.strip();
    return !t.isEmpty() && !t.contains(" ") && Character.isUpperCase(t.codePointAt(0)) && t.length() > 2;
  }

  /** A user name: one word ("tlow", "christian.roe"), or words all in lower case ("ana roe"). */
  static boolean isUserName(String n) {
    return !n.contains(" ") || n.equals(n.toLowerCase(Locale.ROOT)) && n.split(" ").length <= 3;
  }

  /** Two to five words, each starting with a capital, particles ("van", "de", "al") allowed. */
  static boolean looksLikeName(String n) {
    String[] words = n.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    if (isShouted(words[0]) && !isShouted(words[words.length - 1])) {
      return false; // "ABOUTFINTECH Tobias Roe": a section name before a name in a menu
    }
    int capitals = 0;
    for (String w : words) {
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitals++;
      } else if (NameWords.isJoinedParticle(w)) {
        capitals++; // "al-Rashid" is a family name
      } else if (!NameWords.isParticle(w)) {
        return false;
      }
    }
    return capitals >= 2;
  }

  private static boolean isShouted(String word) {
    return word.chars().filter(Character::isLetter).count() > 2
        && word.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
  }
}
