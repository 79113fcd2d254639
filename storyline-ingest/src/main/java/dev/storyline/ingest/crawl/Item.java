package dev.storyline.ingest.crawl;

import dev.storyline.ingest.Page;
import dev.storyline.ingest.feed.Link;
import java.util.Objects;

/**
 * A fetched article page and what the source listing said about it.
 *
 * @param address the canonical address the source listed it under (before redirects)
 * @param link the listing's entry (title, date, authors), or null when the source was the page itself
 * @param page the page as fetched
 */
public record Item(String address, Link link, Page page) {

  public Item {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(page, "page");
  }
}
