package dev.storyline.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * What a feed or sitemap lists.
 *
 * @param format what the document was
 * @param title the feed's own title, or null (sitemaps have none)
 * @param links the entries, in document order, each address once
 * @param sitemaps the child sitemaps' addresses for a sitemap index; empty for everything else
 */
public record Feed(Format format, String title, List<Link> links, List<String> sitemaps) {

  public Feed {
    Objects.requireNonNull(format, "format");
    links = List.copyOf(links);
    sitemaps = List.copyOf(sitemaps);
  }
}
