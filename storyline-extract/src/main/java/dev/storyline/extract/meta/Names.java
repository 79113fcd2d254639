package dev.storyline.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans author credits into people's names: "By", roles, dates, outlets and "Staff" removed. */
public final class Names {

  /** Longest credit read; longer text is prose, not a byline. */
  static final int MAX_CREDIT_CHARS = 200;

  /** Longest single name kept: the longest real bylines ("Maria del Carmen García Fernández") fit. */
  static final int MAX_NAME_CHARS = 60;

  /** Most names one credit can hold; longer lists are tag clouds or staff pages. */
  static final int MAX_NAMES = 8;

  private static final Pattern LEAD = Pattern.compile(
      "^(?i)(?:(?:written|posted|published|reported|text|story|words|photos?|veröffentlicht|geschrieben|erstellt|verfasst"
          + "|ein beitrag|publié|écrit|publicado|escrito|pubblicato|scritto|gepubliceerd)\\s+)?"
          + "(?:by|von|par|por|di|door|de|autor(?:in)?|author|auteur)\\s*[:\\s]\\s*");

  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:,|;|\\||/|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bwith\\b|\\bmit\\b)\\s*");

  /** Words that make a credit part a role, an outlet or a label, not a person. */
  private static final Set<String> NOT_NAMES = Set.of(
      "staff", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
      "writers", "news", "desk", "agency", "agencies", "wire", "press", "team", "contributor", "contributors",
      "updated", "published", "redaktion", "editorial", "admin", "administrator", "newsroom", "online",
      "guest", "author", "autor", "associated", "reuters", "afp", "dpa", "ap", "upi", "bloomberg", "photo",
      "photos", "foto", "fotos", "image", "images", "getty", "video", "minutes", "minute", "min", "read", "hours",
      "ago", "mehr", "artikel", "articles", "posts", "view", "profile", "follow", "email", "twitter", "facebook");

  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "\\d{1,4}[./:-]\\d{1,2}|\\b(?:19|20)\\d{2}\\b|\\b(?:am|pm|uhr|gmt|utc|est|edt|cet)\\b", Pattern.CASE_INSENSITIVE);

  /** Lower-case words that belong inside names: "Ursula von der Leyen", "Abu Bakr al Baghdadi". */
  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "del", "da", "di", "du", "al", "el", "la", "le", "bin", "ibn", "zu");

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
    s = LEAD.matcher(s).replaceFirst("");
    for (String part : SPLIT.split(s)) {
      String name = clean(part);
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
    String n = LEAD.matcher(part.strip()).replaceFirst("");
    n = n.replaceAll("^[@\\s\"'“”(\\[-]+|[\\s\"'“”)\\].:,-]+$", "");
    if (n.isEmpty() || n.length() > MAX_NAME_CHARS || DATE_OR_TIME.matcher(n).find() || n.contains("@")) {
      return null;
    }
    for (String w : n.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (NOT_NAMES.contains(w)) {
        return null;
      }
    }
    return n.chars().anyMatch(Character::isLetter) ? n : null;
  }

  /** Two to five words, each starting with a capital, particles ("van", "de", "al") allowed. */
  static boolean looksLikeName(String n) {
    String[] words = n.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int capitals = 0;
    for (String w : words) {
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitals++;
      } else if (!PARTICLES.contains(w)) {
        return false;
      }
    }
    return capitals >= 2;
  }
}
