package dev.storyline.events;

/**
 * One line of the verb lexicon.
 *
 * @param kind verb, noun, neg (the code of a negated verb), intent (the code of a planned action) or
 *     converse (a verb whose prepositional object is the source and whose subject the target)
 * @param lemma the predicate's lemma
 * @param prep the preposition or particle that must attach to it, or "-" for none
 * @param object the lemma its direct object must have, or "*" for any
 * @param code the CAMEO code
 */
record Pattern(String kind, String lemma, String prep, String object, String code) {

  /** How specific the pattern is: an object and a preposition beat a bare lemma. */
  int specificity() {
    return (object.equals("*") ? 0 : 2) + (prep.equals("-") ? 0 : 1);
  }
}
