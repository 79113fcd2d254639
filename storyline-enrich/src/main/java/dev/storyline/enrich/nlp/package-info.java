/**
 * The natural-language pipeline: Stanford CoreNLP's tokenizer, sentence splitter, tagger, lemmatizer,
 * named-entity recogniser (with SUTime for dates) and dependency parser, and the conversion of its
 * annotations into Storyline's {@link dev.storyline.model.Sentence} records.
 */
package dev.storyline.enrich.nlp;
