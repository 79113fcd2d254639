package dev.storyline.extract.meta;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words set before a written date that say what it dates: the publication ("Veröffentlicht
 * am", "Published on", "Mise en ligne") or a later change ("Aktualisiert am", "Updated:").
 */
final class DateLabels {

  /** Words that introduce the publication date, in lower case. */
  private static final List<String> PUBLISHED_WORDS = List.of(
      "veröffentlicht", "veroeffentlicht", "erschienen", "publiziert", "erstellt", "datum", "published", "posted",
      "publication", "publié", "publie", "mise en ligne", "publicado", "publicada", "pubblicato", "gepubliceerd");

  /** Words that introduce the date of a later change, which is not the publication, in lower case. */
  private static final List<String> MODIFIED_WORDS = List.of(
      "aktualisiert", "geändert", "änderung", "updated", "update", "modified", "mis à jour", "mise à jour",
      "actualizado", "actualizada", "aggiornato", "bijgewerkt");

  /**
   * Words that introduce a date of something other than the story, in lower case: a member's
   * registration, an event, a release, a deadline or the start and end of a validity ("ab
   * 01.01.2024", "bis 31.12.2018"), a birth. Each is a whole word: "ab" in "Kebab" is none.
   */
  private static final List<String> OTHER_WORDS = List.of(
      "registriert", "registered", "joined", "mitglied seit", "member since", "dabei seit", "inscrit",
      "termin", "veranstaltung", "event", "release", "erscheinungstermin", "einsendeschluss", "anmeldeschluss",
      "deadline", "frist", "gültig", "valid", "ab", "bis", "until", "geboren", "born", "né", "née");

  /** Words that credit the author of a post, in lower case: "von", "by", "Autor:". */
  private static final List<String> CREDIT_WORDS = List.of(
      "von", "by", "par", "por", "di", "door", "author", "autor", "auteur", "autore");

  /**
   * Most words of a name between a credit word and the "am" or "on" before its post's date: a
   * first, middle and last name and a particle ("Jan van der Berg") fit.
   */
  static final int MAX_NAME_WORDS = 4;

  /** Words that put a date after a credit: "von X am", "by X on". */
  private static final List<String> DATE_PREPOSITIONS = List.of("am", "on", "le", "el", "il", "op");

  /**
   * Words that put a date after a label: those after a credit, and "vom", which follows a label
   * ("Artikel vom") but never a name.
   */
  private static final String LABEL_PREPOSITIONS = String.join("|", DATE_PREPOSITIONS) + "|vom";

  /** One word of a name or user name. */
  private static final String NAME_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}.'_-]*";

  private static final Pattern PUBLISHED_LABEL = label(PUBLISHED_WORDS, "");

  /**
   * A post's credit and date in one line: "von Bo2man am", "Posted by admin on", "Autor: Luc
   * Martin le". Names are user names as often as people's, in any letter case.
   */
  private static final Pattern CREDITED_LABEL = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", CREDIT_WORDS)
      + ")\\s*:?\\s+" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0," + (MAX_NAME_WORDS - 1)
      + "}\\s+(?:" + String.join("|", DATE_PREPOSITIONS) + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MODIFIED_LABEL = label(MODIFIED_WORDS, "");
  private static final Pattern OTHER_LABEL = label(OTHER_WORDS, "(?<!\\p{L})");

  private DateLabels() {}

  /** True when the text ends with a publication label, the date to follow it: "Veröffentlicht am". */
  static boolean endsWithPublished(String before) {
    return PUBLISHED_LABEL.matcher(before).find();
  }

  /**
   * True when the text ends with a credit and the word that puts a date after it: "von Bo2man am",
   * "Posted by Jane Doe on". In a line of its own that date is the post's; in a sentence it may be
   * any ("approved by Parliament on").
   */
  static boolean endsWithCredit(String before) {
    return CREDITED_LABEL.matcher(before).find();
  }

  /** True when the text ends with the label of a later change: "Aktualisiert am", "Updated:". */
  static boolean endsWithModified(String before) {
    return MODIFIED_LABEL.matcher(before).find();
  }

  /** True when the text ends with the label of a date that is not the story's: "Registriert:", "Termin:". */
  static boolean endsWithOther(String before) {
    return OTHER_LABEL.matcher(before).find();
  }

  /**
   * False only when no publication label can lie in the span: none of its words occurs in it in
   * any letter case. A cheap test before the date pattern, which costs far more.
   */
  static boolean mayHoldPublished(String span) {
    String folded = fold(span);
    for (String w : PUBLISHED_WORDS) {
      if (folded.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * False only when no credit ({@link #endsWithCredit}) can lie in the span: no credit word and
   * no word that puts a date after it ("am", "on") occur in it as whole words, in any letter case.
   * A cheap test before the date pattern.
   */
  static boolean mayHoldCredit(String span) {
    String folded = fold(span);
    return containsWord(folded, CREDIT_WORDS) && containsWord(folded, DATE_PREPOSITIONS);
  }

  private static boolean containsWord(String s, List<String> words) {
    for (String w : words) {
      for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
        int end = at + w.length();
        if ((at == 0 || !Character.isLetter(s.charAt(at - 1))) && (end == s.length() || !Character.isLetter(s.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** One of the words, then a preposition ("am", "on", "le") or a colon, at the end of the text. */
  private static Pattern label(List<String> words, String wordStart) {
    StringBuilder alternation = new StringBuilder();
    for (String w : words) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    return Pattern.compile(wordStart + "(?:" + alternation + ")(?:\\s+(?:" + LABEL_PREPOSITIONS + "))?\\s*:?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The text with each character folded as a case-insensitive Unicode pattern compares it (upper
   * case, then lower), so that a plain search for a lower-case word finds every spelling such a
   * pattern would: "VERÖFFENTLICHT", "Publié".
   */
  private static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    }
    return new String(out);
  }
}
