/**
 * Extract: turns a raw {@link dev.storyline.ingest.Document} into an {@link dev.storyline.model.Article}
 * with title, body text, bylines, outlet, publication date and language.
 *
 * <p>It owns the rules that tell article text from site furniture, the byline and dateline patterns,
 * headline suffixes that name outlets, and the content hash that makes ingest idempotent.
 */
package dev.storyline.extract;
