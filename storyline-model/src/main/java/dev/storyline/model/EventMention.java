package dev.storyline.model;

/**
 * Where an event was reported: a sentence of an article.
 *
 * @param articleId the reporting article
 * @param sentenceIndex the sentence's index in the article
 * @param sentence the sentence text
 * @param start character offset of the sentence in the article text
 * @param end character offset just past it
 */
public record EventMention(String articleId, int sentenceIndex, String sentence, int start, int end) {

  public EventMention {
    Checks.notBlank(articleId, "article id");
    Checks.notNegative(start, "start");
    if (end < start) {
      throw new IllegalArgumentException("mention ends before it starts: " + start + ".." + end);
    }
  }
}
