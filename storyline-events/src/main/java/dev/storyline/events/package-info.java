/**
 * Code events: reads the dependency parse of enriched articles and codes who did what to whom, where
 * and when, as CAMEO events with GDELT's Goldstein values and QuadClass; merges mentions of one real
 * event into one record; and tells which tagged sentences can hold an event, so only those are
 * parsed.
 *
 * <p>It owns the CAMEO code table ({@code cameo-codes.tsv}) and the verb lexicon ({@code verbs.tsv}).
 */
package dev.storyline.events;
