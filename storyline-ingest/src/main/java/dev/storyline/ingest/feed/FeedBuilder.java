package dev.storyline.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a document lists, each address once. At most {@link Feeds#MAX_LINKS} entries and
 * as many child sitemaps are taken, so the work a document can cause is bounded.
 */
final class FeedBuilder {

  private final Format format;
  private String title;
  private final List<LinkBuilder> items = new ArrayList<>();
  private final Set<String> sitemaps = new LinkedHashSet<>();
  private final List<String> authors = new ArrayList<>();

  FeedBuilder(Format format) {
    this.format = format;
  }

  /** The feed's title; the first one given counts. */
  void title(String text) {
    title = title == null ? text : title;
  }

  /** An author of the whole feed, credited on entries that name none (Atom, JSON Feed). */
  void author(String name) {
    if (name != null && authors.size() < LinkBuilder.MAX_AUTHORS && !authors.contains(name)) {
      authors.add(name);
    }
  }

  void add(LinkBuilder item) {
    items.add(item);
  }

  void sitemap(String absolute) {
    if (absolute != null) {
      sitemaps.add(absolute);
    }
  }

  /** Whether no more entries are wanted; readers stop here, leaving the rest of a document unread. */
  boolean full() {
    return items.size() >= Feeds.MAX_LINKS || sitemaps.size() >= Feeds.MAX_LINKS;
  }

  Feed build() {
    Map<String, Link> links = new LinkedHashMap<>();
    for (LinkBuilder item : items) {
      Link link = item.toLink(authors);
      if (link != null) {
        links.putIfAbsent(link.url(), link);
      }
    }
    return new Feed(format, title, new ArrayList<>(links.values()), new ArrayList<>(sitemaps));
  }
}
