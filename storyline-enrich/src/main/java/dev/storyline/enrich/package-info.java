/**
 * Enrich: annotates an {@link dev.storyline.model.Article} with sentences, tokens, lemmas, entities and
 * a dependency parse (Stanford CoreNLP; only of the sentences a {@link dev.storyline.enrich.ParseFilter}
 * accepts), resolves entity mentions to CAMEO actors from the knowledge
 * base in {@code kb/} and from titles in the text, resolves relative dates against the publication
 * date, and scores tone and topics.
 *
 * <p>It owns the knowledge base (countries, places, people in office, organisations, agent nouns) and
 * the lexicons for tone and topics.
 */
package dev.storyline.enrich;
