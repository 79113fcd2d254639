/**
 * The knowledge base: countries with their names, demonyms and capitals; places with coordinates;
 * people in office with the dates they held it; organisations with CAMEO codes; and the agent nouns
 * that stand for a sector ("police", "troops"). All facts live in the TSV files beside these classes.
 */
package dev.storyline.enrich.kb;
