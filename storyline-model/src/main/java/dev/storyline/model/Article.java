package dev.storyline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One news report as extracted from its source.
 *
 * @param id stable identifier derived from the content hash
 * @param url the report's address, or null when it came from a file without one
 * @param origin where Storyline read it (a path or URL)
 * @param title the headline without outlet suffix
 * @param text the article body, paragraphs separated by blank lines
 * @param authors bylines, possibly empty
 * @param outlet the publishing outlet, or null when unknown
 * @param published publication date, or null when unknown
 * @param language ISO 639-1 code, or null when unknown
 * @param contentHash hex SHA-256 of the normalised title and text: equal content, equal hash
 */
public record Article(
    String id,
    String url,
    String origin,
    String title,
    String text,
    List<String> authors,
    String outlet,
    LocalDate published,
    String language,
    String contentHash) {

  public Article {
    Checks.notBlank(id, "article id");
    Checks.notBlank(title, "article title");
    Checks.notBlank(text, "article text");
    Checks.notBlank(contentHash, "content hash");
    authors = List.copyOf(authors);
  }
}
