package dev.storyline.model;

/**
 * A token of a sentence with its annotations.
 *
 * @param index position in the sentence, from 0
 * @param word the token as written
 * @param lemma its lemma, lower case
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag, "O" when none
 * @param normalized normalised value of a date or number entity, or null
 * @param begin character offset in the article text where the token starts
 * @param end character offset just past the token
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, String normalized, int begin, int end) {

  public Token {
    Checks.notNegative(index, "token index");
    Checks.notBlank(word, "token word");
    if (end < begin) {
      throw new IllegalArgumentException("token ends before it begins: " + begin + ".." + end);
    }
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
