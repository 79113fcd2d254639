/**
 * Near-duplicate detection: tells when two articles are the same text, as when one wire story is
 * republished by many sites with its own header, footer or a lightly edited sentence, so that a
 * story counts each text once.
 */
package dev.storyline.cluster.dedup;
