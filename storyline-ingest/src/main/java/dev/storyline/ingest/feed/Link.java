package dev.storyline.ingest.feed;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of a feed or sitemap, pointing at an article.
 *
 * @param url absolute http or https address of the article
 * @param title plain-text title, or null
 * @param published when the article was published (or last changed, where that is all the list
 *     says), or null
 * @param authors names of its authors, possibly none
 * @param summary plain-text summary, or null
 */
public record Link(String url, String title, Instant published, List<String> authors, String summary) {

  public Link {
    Objects.requireNonNull(url, "url");
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://") || url.length() > Feeds.MAX_URL_LENGTH) {
      throw new IllegalArgumentException("not an absolute http(s) URL of at most " + Feeds.MAX_URL_LENGTH
          + " chars: " + url);
    }
    authors = List.copyOf(authors);
  }
}
