package dev.storyline.ingest.crawl;

import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedException;
import dev.storyline.ingest.feed.Feeds;
import dev.storyline.ingest.feed.Format;
import dev.storyline.ingest.feed.Formats;
import dev.storyline.ingest.feed.Link;
import dev.storyline.ingest.net.FetchException;
import dev.storyline.ingest.net.Fetcher;
import dev.storyline.ingest.net.Response;
import dev.storyline.ingest.net.Validators;
import dev.storyline.ingest.url.CanonicalUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Polls sources: a feed or sitemap is read for the articles it lists, and each one not yet known is
 * fetched; any other page is taken as an article itself.
 */
public final class Crawler {

  /**
   * Child sitemaps read from one sitemap index per poll. News sitemap indexes list a few dozen;
   * whole-site indexes list thousands, which one poll at one request a second cannot read.
   */
  public static final int MAX_CHILD_SITEMAPS = 50;

  /**
   * New articles fetched per poll; the rest wait for the next one. At one request a second this
   * bounds a poll to about ten minutes, so one large sitemap cannot starve every other source.
   */
  public static final int MAX_NEW_PER_POLL = 500;

  /** Told of each step, for progress bars and logs. */
  public interface Progress {
    /** Tells nobody. */
    Progress NONE = new Progress() {
      @Override
      public void listed(int total) {}

      @Override
      public void fetched(int done, String url) {}
    };

    void listed(int total);

    void fetched(int done, String url);
  }

  private final Fetcher fetcher;

  public Crawler(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * Polls one source.
   *
   * @param validators from the previous poll, to receive 304 when the source has not changed
   * @param known whether a canonical article address has been taken already; known ones are not fetched
   * @param sink receives each fetched article page, in listing order
   * @throws FetchException when the source itself cannot be fetched
   */
  public Poll poll(String url, Validators validators, Predicate<String> known, Consumer<Item> sink, Progress progress)
      throws FetchException {
    Response r = fetcher.listing(url, validators);
    if (r.notModified()) {
      return new Poll(Format.UNKNOWN, true, validators, 0, 0, List.of(), List.of());
    }
    Format format = Formats.sniff(r.body());
    if (format == Format.UNKNOWN || format == Format.OPML) {
      String address = CanonicalUrl.ofOrNull(r.url());
      progress.listed(1);
      sink.accept(new Item(address == null ? r.url() : address, null, r.page()));
      progress.fetched(1, r.url());
      return new Poll(Format.UNKNOWN, false, r.validators(), 1, 1, List.of(), List.of());
    }
    List<String> errors = new ArrayList<>();
    Map<String, Link> links = links(r, format, errors);
    List<String> skipped = new ArrayList<>();
    int fetched = 0;
    List<Map.Entry<String, Link>> fresh = links.entrySet().stream()
        .filter(e -> !known.test(e.getKey())).limit(MAX_NEW_PER_POLL).toList();
    progress.listed(fresh.size());
    for (Map.Entry<String, Link> e : fresh) {
      try {
        Response page = fetcher.page(e.getKey(), Validators.NONE);
        sink.accept(new Item(e.getKey(), e.getValue(), page.page()));
        fetched++;
      } catch (FetchException ex) {
        (ex.refused() ? skipped : errors).add(ex.getMessage());
      }
      progress.fetched(fetched + skipped.size() + errors.size(), e.getKey());
    }
    return new Poll(format, false, r.validators(), links.size(), fetched, skipped, errors);
  }

  /** The article links of a feed or sitemap, keyed by canonical address, child sitemaps followed. */
  private Map<String, Link> links(Response r, Format format, List<String> errors) throws FetchException {
    Map<String, Link> out = new LinkedHashMap<>();
    Feed feed = read(r);
    add(out, feed);
    if (format == Format.SITEMAP_INDEX) {
      for (String child : feed.sitemaps().stream().limit(MAX_CHILD_SITEMAPS).toList()) {
        try {
          add(out, read(fetcher.listing(child, Validators.NONE)));
        } catch (FetchException e) {
          errors.add(e.getMessage());
        }
      }
    }
    return out;
  }

  private static Feed read(Response r) throws FetchException {
    try {
      return Feeds.read(r.body(), r.url());
    } catch (FeedException e) {
      throw new FetchException(r.url(), e.problem(), false);
    }
  }

  private static void add(Map<String, Link> out, Feed feed) {
    for (Link l : feed.links()) {
      String c = CanonicalUrl.ofOrNull(l.url());
      if (c != null) {
        out.putIfAbsent(c, l);
      }
    }
  }
}
