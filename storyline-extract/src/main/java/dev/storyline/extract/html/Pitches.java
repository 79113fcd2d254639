package dev.storyline.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the outlet's calls to action that templates and editors set inside the story: sign up
 * for the newsletter, follow us on a network, subscribe, support our journalism.
 */
final class Pitches {

  /** Longest pitch: a call to action runs to two sentences, about 200 characters on news pages. */
  static final int MAX_PITCH_CHARS = 300;

  /**
   * Calls to action in the languages of our sources. Each needs the outlet speaking ("our", "us",
   * "your inbox") or the imperative, so that a sentence reporting on a newsletter or an app is kept.
   */
  private static final Pattern PITCH = Pattern.compile(
      "^(?:sign(?:ing)? up|subscribe|join)\\b.{0,60}\\bnewsletter"
          + "|\\b(?:sign(?:ing)? up|subscrib(?:e|ing)) (?:for|to) our\\b.{0,60}\\bnewsletter"
          + "|\\bnewsletter (?:abonnieren|bestellen)\\b|abonnieren sie (?:jetzt |unseren )"
          + "|\\b(?:subscribe now|abonniere jetzt|jetzt abonnieren|suscríbete|abonnez-vous|iscriviti)\\b"
          + "|direkt in (?:dein|ihr|euer) (?:e-mail-)?postfach|straight to your inbox"
          + "|^(?:follow (?:us|the (?-i:\\p{Lu})\\S*|@\\S+|(?-i:\\p{Lu})\\S*)|folgt uns|folgen sie uns|síguenos|suivez-nous"
          + "|seguici)\\b.{0,60}"
          + "\\b(?:on|auf|en|sur|su) (?:twitter|facebook|instagram|youtube|telegram|tiktok|linkedin)"
          + "|\\b(?:nuestro canal de youtube|unseren? youtube-kanal|our youtube channel)"
          + "|^unterstützen sie (?:uns|unsere|unabhängigen)|^(?:please )?support (?:our|independent) journalism"
          + "|\\bsupport our journalism",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Word stems one of which every pitch holds: checked first, as most lines of a story hold none and
   * the pattern would otherwise be tried at every position of each.
   */
  private static final List<String> STEMS = List.of(
      "newsletter", "subscri", "abonn", "suscr", "iscriv", "postfach", "inbox", "follow", "folg", "sígu", "suiv",
      "segui", "youtube", "unterstützen", "journalism");

  private Pitches() {}

  /** True for a line that asks the reader to sign up, follow, subscribe or support. */
  static boolean isPitch(String line) {
    String t = line.strip();
    if (t.length() > MAX_PITCH_CHARS) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return STEMS.stream().anyMatch(lower::contains) && PITCH.matcher(t).find();
  }
}
