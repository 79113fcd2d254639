package dev.storyline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one web page: its text and metadata, and for each metadata field found, its
 * provenance. Absent fields are null (or empty lists); text is empty when the page has no body.
 *
 * @param url the canonical address, or the address it was fetched from
 * @param title the headline without the outlet's suffix
 * @param text the article body, paragraphs separated by blank lines
 * @param authors people credited with the article, in byline order
 * @param published the day the article was first published
 * @param modified the day it was last changed, when the page says so
 * @param outlet the publication's name
 * @param language ISO 639-1 code of the body's language
 * @param description the page's summary
 * @param image the lead image's address
 * @param section the section of the outlet it ran in
 * @param tags keywords the outlet attached
 * @param provenance field name to where it came from, for every field found
 */
public record Extraction(
    String url,
    String title,
    String text,
    List<String> authors,
    LocalDate published,
    LocalDate modified,
    String outlet,
    String language,
    String description,
    String image,
    String section,
    List<String> tags,
    Map<String, Provenance> provenance) {

  public Extraction {
    text = text == null ? "" : text;
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    provenance = Map.copyOf(provenance);
    if (published != null && modified != null && modified.isBefore(published)) {
      modified = null; // a page cannot be changed before it appeared; the stamp is a template's
    }
  }
}
