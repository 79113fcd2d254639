/**
 * Extract: turns a raw {@link dev.storyline.ingest.Document} into an {@link dev.storyline.model.Article},
 * and any saved web page into an {@link dev.storyline.extract.Extraction}: body text, headline,
 * authors, publication and change dates, outlet, language, canonical address, description, image,
 * section and tags, each metadata field with the evidence it came from.
 *
 * <p>It owns the rules that tell article text from site furniture ({@code html}), the readers of
 * structured and visible metadata ({@code meta}), language identification ({@code lang}), plain-text
 * bylines and datelines, and the content hash that makes ingest idempotent.
 */
package dev.storyline.extract;
