package dev.storyline.extract.meta;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one recogniser of credit openings ("By", "Von", "Par", "Por", "Written by:", "Autor:", "Alle
 * Artikel von") shared by the page, byline-element and plain-text readers.
 */
public final class Credits {

  /**
   * A date and time some pages put before the credit, and the rule of dashes or bars that sets a
   * credit off: "06.11.2023 13:30 von Olga", "March 3, 2021 by Ana Roe", "3. März 2021 von Olga",
   * "— By Ana Roe", "---- by Ana Roe".
   */
  private static final String DATE_FIRST = "(?:(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}"
      + "|(?:\\d{1,2}\\.?\\s+)?(?:" + MonthNames.ANY + ")\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4})"
      + ",?\\s+(?:\\d{1,2}:\\d{2}\\s*(?:uhr\\s+)?)?)?(?:[-–—|•·]+\\s*)?";

  /**
   * An opening word or phrase before the credited names, in the languages of our sources. The
   * optional verb or archive-link phrase is one of a fixed list, so a name such as "Ursula von der
   * Leyen" never loses its first word. A reporter's job may stand between the opening and the name:
   * "Von unserer Korrespondentin Ana Roe".
   */
  private static final Pattern LEAD = Pattern.compile(
      "^" + DATE_FIRST + "(?:(?:written|posted|published|reported|reporting|text|story|words|photos?|compiled|edited|"
          + "(?:view |see |show )?(?:all |more )?(?:posts|articles|stories|entries)|more|"
          + "veröffentlicht|geschrieben|erstellt|verfasst|ein beitrag|ein artikel|beitrag|artikel|"
          + "(?:zeige )?alle (?:beiträge|artikel)|alles|mehr|mehr artikel|(?:ein|eine|a|an|un|une|uno|una)\\s+\\p{L}+|"
          + "publié|écrit|un article|publicado|escrito|pubblicato|scritto|gepubliceerd|geschreven)\\s*)?"
          + "(?:(?:by|von|vom|par|por|di|door|autor(?:in|en|innen)?|authors?|auteurs?)(?:\\s*:\\s*|\\s+)"
          + "(?:(?:unserem|unserer|unseren|our|notre|nuestro|nuestra)\\s+\\p{L}+\\s+)?"
          + "|(?:text|texte|tekst|redaktion|interview)\\s*:\\s*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "By" glued to the name by markup without a space: "ByAlex Roe". */
  private static final Pattern GLUED_BY = Pattern.compile("^(?:By|Von|Par|Por)(?=\\p{Lu}\\p{Ll})");

  /** A credit label standing alone before the names: "Autor:", "Text:", "By:". */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:autor(?:in|en)?|author|authors|auteur|autore|text|von|by|written by|verfasst von|reporter)\\s*:?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Longest text checked for a credit opening: the longest ("06.11.2023 13:30 Ein Artikel von A")
   * fit, and prose is not scanned.
   */
  static final int MAX_OPENING_CHARS = 40;

  /**
   * First words of every opening and label above (and month names, which open a date before the
   * credit), so that the page index can pass over the text of most elements without running a
   * pattern on it.
   */
  private static final Set<String> FIRST_WORDS = Set.of(
      "by", "von", "vom", "par", "por", "di", "door", "autor", "autorin", "autoren", "autorinnen", "author",
      "authors", "auteur", "auteurs", "autore", "text", "redaktion", "written", "posted", "published", "reported",
      "reporting", "story", "words", "photo", "photos", "compiled", "edited", "view", "see", "show", "all", "more",
      "posts", "articles", "stories", "entries", "veröffentlicht", "geschrieben", "erstellt", "verfasst", "ein",
      "eine", "beitrag", "beitragvon", "artikel", "zeige", "alle", "alles", "mehr", "publié", "écrit", "un", "une",
      "publicado", "escrito", "pubblicato", "scritto", "gepubliceerd", "geschreven", "a", "an", "uno", "una",
      "reporter", "texte", "tekst", "interview");

  private Credits() {}

  /** False for text that cannot open a credit; a cheap test before the patterns. */
  static boolean mayOpen(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (!Character.isLetter(c)) {
      return Character.isDigit(c) || "-–—|•·".indexOf(c) >= 0;
    }
    int end = i;
    while (end < text.length() && end - i <= MAX_OPENING_CHARS && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(i, end);
    return FIRST_WORDS.contains(word.toLowerCase(Locale.ROOT)) || MonthNames.number(word) > 0
        || GLUED_BY.matcher(word).lookingAt();
  }

  /** The text after its credit opening, or the text unchanged when it has none. */
  public static String afterLead(String text) {
    text = text.replace('\u00a0', ' ');
    Matcher m = LEAD.matcher(text);
    if (m.lookingAt()) {
      return text.substring(m.end());
    }
    Matcher g = GLUED_BY.matcher(text);
    return g.lookingAt() ? text.substring(g.end()) : text;
  }

  /** True when the text opens with a credit phrase followed by a capitalised word: "Von Anna". */
  public static boolean opensCredit(String text) {
    String head = head(text);
    Matcher m = LEAD.matcher(head);
    if (m.lookingAt()) {
      return m.end() < head.length() && Character.isUpperCase(head.codePointAt(m.end()));
    }
    return GLUED_BY.matcher(head).lookingAt();
  }

  /** True when the text opens with a credit phrase, whatever follows: "Von ", "Written by:". */
  public static boolean startsWithLead(String text) {
    String head = head(text);
    return LEAD.matcher(head + " ").lookingAt() || GLUED_BY.matcher(head).lookingAt();
  }

  /** True for a label that stands for a credit on its own, its names following it: "Autor:". */
  public static boolean isLabel(String text) {
    return text.length() <= MAX_OPENING_CHARS / 2 && LABEL.matcher(text.strip()).matches();
  }

  private static String head(String text) {
    return (text.length() > MAX_OPENING_CHARS ? text.substring(0, MAX_OPENING_CHARS) : text).replace('\u00a0', ' ');
  }
}
