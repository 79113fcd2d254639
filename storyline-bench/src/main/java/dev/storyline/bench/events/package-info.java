/**
 * The event-coding benchmark: Storyline's CAMEO coder scored on a gold-coded set of news sentences,
 * at the level of who acted on whom (countries) and how (CAMEO root), with its speed beside the parse
 * alone.
 */
package dev.storyline.bench.events;
