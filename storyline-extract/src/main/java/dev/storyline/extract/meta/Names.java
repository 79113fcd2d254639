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

  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:,|;|\\||/|&|\\+|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bwith\\b|\\bmit\\b)\\s*");

  /**
   * Where the names of a credit end: a date or time (a word starting with a digit, a weekday), a
   * bracketed role, or a separator before the outlet or the date: "Ana Roe | 12.03.2021",
   * "Ana Roe (Pressesprecherin)", "von lupa am 26/10/13", "Ana Roe Thursday, May 9".
   */
  private static final Pattern TAIL = Pattern.compile(
      "\\s*(?:\\(|\\[|»|•|·|\\s[-–—]\\s|\\b\\d|\\b(?:am|on|le|el|il|op|um|at|updated|aktualisiert|hace)\\s+\\d"
          + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag"
          + "|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles"
          + "|jueves|viernes|sábado|domingo)\\b"
          + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober"
          + "|dezember)\\.?\\s+\\d|\\b(?:alle artikel|all posts|alle beiträge|more from|mehr von)\\b"
          + "|\\b(?:stand|updated|aktualisiert|veröffentlicht|published|posted|datum|date|quelle|source|fotos?"
          + "|bilder?|kategorie|category|tags|rubrik)\\s*:"
          + "|\\b(?:illustrations?|fotos?|photos?|photography|bilder?|grafik|video|kamera|camera)\\s+(?:von|by)\\b).*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Credits of pictures and sources, not of the text: "Bild: AFP/Ana Roe", "Foto: Ana Roe". */
  private static final Pattern NOT_TEXT_CREDIT = Pattern.compile(
      "^(?:bild|bilder|foto|fotos|photo|photos|image|images|quelle|source|grafik|illustration|video)\\s*:",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words that make a credit part a role, an outlet or a label, not a person. */
  private static final Set<String> NOT_NAMES = Set.of(
      "staff", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
      "writers", "news", "desk", "agency", "agencies", "wire", "press", "team", "contributor", "contributors",
      "updated", "published", "redaktion", "editorial", "admin", "administrator", "newsroom", "online",
      "guest", "author", "autor", "associated", "reuters", "afp", "dpa", "ap", "upi", "bloomberg", "photo",
      "photos", "foto", "fotos", "image", "images", "getty", "video", "minutes", "minute", "min", "read", "hours",
      "ago", "mehr", "artikel", "articles", "posts", "view", "profile", "follow", "email", "twitter", "facebook",
      "gmbh", "ag", "e.v", "ev", "inc", "ltd", "llc", "verlag", "magazin", "magazine", "zeitung", "redaktionsteam",
      "phd", "dr", "prof", "md", "sponsored", "gesponserte", "inhalte", "anonymous", "anonym", "unknown");

  /** Word parts of organisations' names: "Bayerische Landesanstalt für Wald", "Bund der Verbraucher". */
  private static final Pattern ORGANISATION = Pattern.compile(
      "landesanstalt|ministerium|universit|institut|stiftung|foundation|gmbh|verband|verein\\b|gesellschaft"
          + "|\\be\\.\\s?v\\b|^bund\\b|\\bassociation|\\bcompany\\b|\\bcorporation",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Letters after a name that are degrees, not names: "Grant Roe, PhD". */
  private static final Set<String> DEGREES = Set.of("phd", "md", "mba", "msc", "ma", "bsc", "rd", "dr", "jr", "sr");

  /** Lower-case words that belong inside names: "Ursula von der Leyen", "Abu Bakr al Baghdadi". */
  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "del", "da", "di", "du", "al", "el", "la", "le", "bin", "ibn", "zu", "v.");

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
    if (NOT_TEXT_CREDIT.matcher(s).lookingAt()) {
      return out;
    }
    String named = Credits.afterLead(s);
    s = TAIL.matcher(named).replaceFirst("");
    if (strict && named.length() < credit.strip().length() && isSignature(s)) {
      strict = false; // "Posted by Konstantin": after an explicit credit, one name is a person too
    }
    for (String part : SPLIT.split(s)) {
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
    if (DEGREES.contains(n.toLowerCase(Locale.ROOT).replace(".", "")) || ORGANISATION.matcher(n).find()) {
      return null;
    }
    for (String w : n.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (NOT_NAMES.contains(w)) {
        return null;
      }
    }
    return n.chars().anyMatch(Character::isLetter) ? n : null;
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
      } else if (!PARTICLES.contains(w)) {
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
