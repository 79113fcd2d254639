package dev.storyline.events;

/**
 * One line of the verb lexicon, as written or as matched.
 *
 * @param kind verb, noun, neg (the code of a negated verb), intent (the code of a planned action) or
 *     converse (a verb whose prepositional object is the source and whose subject the target)
 * @param lemma the predicate's lemma
 * @param prep the preposition or particle that must attach to it, or "-" for none
 * @param object the lemma its direct object must have, or "*" for any; in a match through WordNet,
 *     the sentence's own object ("howitzer" for a line written for "weapon")
 * @param code the CAMEO code
 * @param broader the object the line names when the sentence's object is a kind of it by WordNet,
 *     else null
 */
record Pattern(String kind, String lemma, String prep, String object, String code, String broader) {

  /** A line as the lexicon writes it. */
  Pattern(String kind, String lemma, String prep, String object, String code) {
    this(kind, lemma, prep, object, code, null);
  }

  /**
   * Whether a sentence's noun is the object this line names: the lemmatiser leaves some plurals as
   * they are ("troops"), so a plural counts as its noun.
   */
  boolean names(String lemma) {
    return lemma.equals(object) || lemma.equals(object + "s");
  }

  /** The same line with another code, as when an action is only promised or refused. */
  Pattern withCode(String kind, String code) {
    return new Pattern(kind, lemma, prep, object, code, broader);
  }

  /** The line matched through a sentence's object that WordNet files under the line's object. */
  Pattern through(String sentenceObject) {
    return new Pattern(kind, lemma, prep, sentenceObject, code, object);
  }

  /**
   * How specific the match is: the object named beats a kind of it, which beats no object; a
   * preposition adds to either.
   */
  int specificity() {
    int object = this.object.equals("*") ? 0 : broader == null ? 4 : 2;
    return object + (prep.equals("-") ? 0 : 1);
  }
}
