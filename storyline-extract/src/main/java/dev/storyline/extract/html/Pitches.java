package dev.storyline.extract.html;

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
      "(?:sign(?:ing)? up|subscribe|join)\\b.{0,60}\\bnewsletter"
          + "|\\bnewsletter (?:abonnieren|bestellen)\\b|abonnieren sie (?:jetzt |unseren )"
          + "|\\b(?:subscribe now|abonniere jetzt|jetzt abonnieren|suscríbete|abonnez-vous|iscriviti)\\b"
          + "|direkt in (?:dein|ihr|euer) (?:e-mail-)?postfach|straight to your inbox"
          + "|^(?:follow (?:us|the (?-i:\\p{Lu})\\S*|@\\S+|(?-i:\\p{Lu})\\S*)|folgt uns|folgen sie uns|síguenos|suivez-nous"
          + "|seguici)\\b.{0,60}"
          + "\\b(?:on|auf|en|sur|su) (?:twitter|facebook|instagram|youtube|telegram|tiktok|linkedin)"
          + "|\\b(?:nuestro canal de youtube|unseren? youtube-kanal|our youtube channel)"
          + "|^unterstützen sie (?:uns|unsere|unabhängigen)|\\bsupport (?:our|independent) journalism",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Pitches() {}

  /** True for a line that asks the reader to sign up, follow, subscribe or support. */
  static boolean isPitch(String line) {
    String t = line.strip();
    return t.length() <= MAX_PITCH_CHARS && PITCH.matcher(t).find();
  }
}
