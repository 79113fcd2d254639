package dev.storyline.model;

/**
 * A named entity or actor reference found in an article.
 *
 * @param sentence index of the sentence holding it
 * @param tokenStart first token index in the sentence
 * @param tokenEnd token index just past the mention
 * @param begin character offset in the article text
 * @param end character offset just past the mention
 * @param text the mention as written
 * @param type PERSON, COUNTRY, LOCATION, ORGANIZATION, NATIONALITY, CITY, AGENT, ...
 * @param actor the actor it resolves to, or null when it resolves to none
 */
public record EntityMention(
    int sentence, int tokenStart, int tokenEnd, int begin, int end, String text, String type, Actor actor) {

  public EntityMention {
    Checks.notNegative(sentence, "sentence index");
    if (tokenEnd <= tokenStart) {
      throw new IllegalArgumentException("mention covers no token: " + tokenStart + ".." + tokenEnd);
    }
    Checks.notBlank(text, "mention text");
    Checks.notBlank(type, "mention type");
  }

  public boolean covers(int token) {
    return token >= tokenStart && token < tokenEnd;
  }
}
