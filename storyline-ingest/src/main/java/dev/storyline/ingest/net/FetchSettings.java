package dev.storyline.ingest.net;

import dev.storyline.ingest.feed.Feeds;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the fetcher behaves as a guest on other people's servers. Each default is a named constant
 * with its reason; each can be changed in the settings file.
 *
 * @param contact a URL (or mail address) site owners can reach the operator at, sent in the
 *     User-Agent; may be empty
 * @param allowHosts hosts opened past the address guard, e.g. an intranet feed or a test server
 * @param hostDelay least time between two requests to one host
 * @param maxCrawlDelay longest robots.txt Crawl-delay honoured; longer ones are cut to this
 * @param maxRedirects redirects followed, each hop checked again
 * @param maxPageBytes decoded bytes kept of a page
 * @param maxSitemapBytes decoded bytes kept of a feed or sitemap
 * @param deadline time allowed for a whole response, headers to last byte
 * @param connectTimeout time allowed to open a connection
 */
public record FetchSettings(String contact, List<String> allowHosts, Duration hostDelay, Duration maxCrawlDelay,
    int maxRedirects, long maxPageBytes, long maxSitemapBytes, Duration deadline, Duration connectTimeout) {

  /** RFC 9309 asks crawlers to be polite; one request a second per host is the customary floor. */
  public static final Duration HOST_DELAY = Duration.ofSeconds(1);
  /** Crawl-delays beyond this would stall a poll of many items for hours; 30 s is the cap we keep. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
  /** RFC 9309 section 2.3.1.2 asks for at least five redirect hops to be followed. */
  public static final int MAX_REDIRECTS = 5;
  /** The largest news pages with inline scripts stay under 10 MB. */
  public static final long MAX_PAGE_BYTES = 10L * 1024 * 1024;
  /** sitemaps.org limits a sitemap to 50 MB uncompressed; feeds are held to the same cap. */
  public static final long MAX_SITEMAP_BYTES = Feeds.MAX_SITEMAP_BYTES;
  /** A whole response, however slowly it trickles, ends after this. */
  public static final Duration DEADLINE = Duration.ofSeconds(30);
  /** A server that cannot accept a connection in 10 s is treated as down. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  public FetchSettings {
    Objects.requireNonNull(contact, "contact");
    allowHosts = List.copyOf(allowHosts);
    if (hostDelay.isNegative() || maxCrawlDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    if (maxRedirects < 0 || maxPageBytes < 1 || maxSitemapBytes < 1) {
      throw new IllegalArgumentException("redirects must be >= 0 and byte caps >= 1");
    }
    if (deadline.isNegative() || deadline.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("deadline and connect timeout must be positive");
    }
  }

  /** The defaults, with no contact and no host opened. */
  public static FetchSettings defaults() {
    return new FetchSettings("", List.of(), HOST_DELAY, MAX_CRAWL_DELAY, MAX_REDIRECTS, MAX_PAGE_BYTES,
        MAX_SITEMAP_BYTES, DEADLINE, CONNECT_TIMEOUT);
  }

  public FetchSettings withDeadline(Duration d) {
    return new FetchSettings(contact, allowHosts, hostDelay, maxCrawlDelay, maxRedirects, maxPageBytes, maxSitemapBytes,
        d, connectTimeout);
  }

  /** The User-Agent header: the product token robots.txt groups match, then the contact. */
  public String userAgent() {
    return Fetcher.AGENT + "/0.1" + (contact.isBlank() ? "" : " (+" + contact + ")");
  }
}
