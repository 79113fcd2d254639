/**
 * The immutable records that flow between Storyline's stages: articles, sentences with their parse,
 * entity mentions resolved to actors, coded events, stories and replies.
 *
 * <p>This package owns no behaviour beyond checking each record's invariants; every stage may use it
 * and it uses no stage.
 */
package dev.storyline.model;
