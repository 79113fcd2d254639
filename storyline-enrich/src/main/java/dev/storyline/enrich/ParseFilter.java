package dev.storyline.enrich;

import dev.storyline.model.Sentence;

/**
 * Which tagged sentences are worth a dependency parse. The parse is most of enrichment's cost and
 * only event coding reads it, so a sentence that cannot hold an event need not be parsed.
 */
@FunctionalInterface
public interface ParseFilter {

  /** Every sentence is parsed. */
  ParseFilter ALL = (sentence, hasActor) -> true;

  /**
   * Whether to parse a sentence.
   *
   * @param sentence the sentence with tokens, lemmas, tags and entity types
   * @param hasActor whether an actor was resolved in it
   */
  boolean worthParsing(Sentence sentence, boolean hasActor);
}
