/**
 * Near-duplicate detection: tells when two articles are the same text, as when one wire story is
 * republished by many sites with its own header, footer or a lightly edited sentence, so that the
 * text is stored once and each copy becomes one more address of it.
 */
package dev.storyline.cluster.dedup;
