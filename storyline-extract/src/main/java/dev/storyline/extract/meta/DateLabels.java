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

  private static final Pattern PUBLISHED_LABEL = label(PUBLISHED_WORDS, "");
  private static final Pattern MODIFIED_LABEL = label(MODIFIED_WORDS, "");
  private static final Pattern OTHER_LABEL = label(OTHER_WORDS, "(?<!\\p{L})");

  private DateLabels() {}

  /** True when the text ends with a publication label, the date to follow it: "Veröffentlicht am". */
  static boolean endsWithPublished(String before) {
    return PUBLISHED_LABEL.matcher(before).find();
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

  /** One of the words, then a preposition ("am", "on", "le") or a colon, at the end of the text. */
  private static Pattern label(List<String> words, String wordStart) {
    StringBuilder alternation = new StringBuilder();
    for (String w : words) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    return Pattern.compile(wordStart + "(?:" + alternation + ")(?:\\s+(?:am|on|le|el|il|op|vom))?\\s*:?\\s*$",
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
