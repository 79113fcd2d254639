/**
 * The immutable records that flow between Storyline's stages: articles, sentences with their parse,
 * entity mentions resolved to actors, coded events, stories and replies; and what the store keeps
 * beside them: followed sources with their polling state and health, an article's addresses and its
 * versions.
 *
 * <p>This package owns no behaviour beyond checking each record's invariants; every stage may use it
 * and it uses no stage.
 */
package dev.storyline.model;
