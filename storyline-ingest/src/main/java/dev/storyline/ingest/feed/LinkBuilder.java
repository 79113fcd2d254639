package dev.storyline.ingest.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An entry being read: the first value of each field wins, fallbacks count only without a value. */
final class LinkBuilder {

  /** Most authors kept per entry; bylines name a handful, the longest credits a few dozen. */
  static final int MAX_AUTHORS = 100;

  private String url;
  private String fallbackUrl;
  private String title;
  private Instant published;
  private Instant fallbackPublished;
  private final List<String> authors = new ArrayList<>();
  private String summary;

  /** The entry's own address (RSS link, Atom alternate link, sitemap loc), if usable. */
  void url(String absolute) {
    url = url == null ? absolute : url;
  }

  /** An address to use when the entry gives none of its own (RSS guid, RDF about). */
  void fallbackUrl(String absolute) {
    fallbackUrl = fallbackUrl == null ? absolute : fallbackUrl;
  }

  void title(String text) {
    title = title == null ? text : title;
  }

  void summary(String text) {
    summary = summary == null ? text : summary;
  }

  /** When the entry was published. */
  void published(Instant when) {
    published = published == null ? when : published;
  }

  /** When it last changed, to stand in for publication. */
  void fallbackPublished(Instant when) {
    fallbackPublished = fallbackPublished == null ? when : fallbackPublished;
  }

  void author(String name) {
    if (name != null && authors.size() < MAX_AUTHORS && !authors.contains(name)) {
      authors.add(name);
    }
  }

  /** The link, with {@code defaultAuthors} when it names none; null without a usable address. */
  Link toLink(List<String> defaultAuthors) {
    String u = url != null ? url : fallbackUrl;
    if (u == null) {
      return null;
    }
    return new Link(u, title, published != null ? published : fallbackPublished,
        authors.isEmpty() ? defaultAuthors : authors, summary);
  }
}
