package dev.storyline.ingest.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Fetches pages, feeds and sitemaps as a polite and careful guest: every address is vetted by the
 * {@link AddressGuard} (each redirect hop again), robots.txt is obeyed, requests to one host are
 * serialised and spaced, bodies are decoded with a cap, and a whole response has a deadline.
 * Thread-safe.
 */
public final class Fetcher implements Closeable {

  /** The product token in the User-Agent, and the name robots.txt groups are matched against. */
  public static final String AGENT = "Storyline";

  private final FetchSettings settings;
  private final AddressGuard guard;
  private final Exchanges exchanges;
  private final HostGate gate = new HostGate();
  private final Robots robots;
  private volatile Consumer<Response> archive = r -> {};

  public Fetcher(FetchSettings settings) {
    this.settings = settings;
    this.guard = new AddressGuard(settings.allowHosts());
    this.exchanges = new Exchanges(settings, new VettedResolver(guard));
    this.robots = new Robots(this::fetchRobots);
  }

  /** Every accepted response is also given to this consumer, e.g. a WARC writer. */
  public void archiveTo(Consumer<Response> consumer) {
    this.archive = consumer;
  }

  /**
   * GETs a URL, following redirects.
   *
   * @param validators sent as If-None-Match / If-Modified-Since; {@link Validators#NONE} for none
   * @param cap decoded bytes kept; a longer body is cut there with a warning
   * @return a 200 response with its body, or a 304 when the validators still hold
   * @throws FetchException when the address is refused, robots.txt disallows it, the server fails or
   *     answers anything but 200 or 304, a redirect goes wrong, or the deadline passes
   */
  public Response get(String url, Validators validators, long cap) throws FetchException {
    Hop last = follow(url, validators, cap, true);
    if (last == null) {
      throw new FetchException(url, "more than " + settings.maxRedirects() + " redirects", false);
    }
    if (last.raw().status() != 200 && last.raw().status() != 304) {
      throw new FetchException(last.url(), "HTTP " + last.raw().status(), false);
    }
    Response r = last.raw().toResponse(last.uri().toString(), cap);
    if (r.status() == 200) {
      archive.accept(r);
    }
    return r;
  }

  /** Where a request ended after its redirects: the address as followed, vetted, and the answer. */
  private record Hop(String url, URI uri, Exchanges.Raw raw) {}

  /**
   * Requests a URL and follows its redirects, vetting every hop and, when {@code obeyRobots},
   * asking robots.txt first and pausing as it asks. Null when the redirects run out.
   */
  private Hop follow(String url, Validators validators, long cap, boolean obeyRobots) throws FetchException {
    String current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      URI uri = vet(current);
      Duration delay = settings.hostDelay();
      if (obeyRobots) {
        Robots.Rules rules = robots.rules(uri);
        if (!rules.rules().isAllowed(uri.toString())) {
          throw new FetchException(current, "disallowed by " + rules.basis(), true);
        }
        delay = delay(rules, settings);
      }
      Exchanges.Raw raw = exchange(uri, validators, cap, delay);
      if (!raw.isRedirect()) {
        return new Hop(current, uri, raw);
      }
      current = redirectTarget(uri, raw);
    }
    return null;
  }

  /** GETs a page with the page cap. */
  public Response page(String url, Validators validators) throws FetchException {
    return get(url, validators, settings.maxPageBytes());
  }

  /** GETs a feed or sitemap with the sitemap cap. */
  public Response listing(String url, Validators validators) throws FetchException {
    return get(url, validators, settings.maxSitemapBytes());
  }

  private URI vet(String url) throws FetchException {
    try {
      return guard.vet(url);
    } catch (Refusal r) {
      throw new FetchException(url, "refused: " + r.reason(), true);
    }
  }

  /** The pause between requests to a host: the host delay, or robots.txt's Crawl-delay up to the cap. */
  static Duration delay(Robots.Rules rules, FetchSettings settings) {
    long ms = rules.rules().getCrawlDelay();
    if (ms <= 0) {
      return settings.hostDelay();
    }
    Duration asked = Duration.ofMillis(ms);
    Duration capped = asked.compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : asked;
    return capped.compareTo(settings.hostDelay()) > 0 ? capped : settings.hostDelay();
  }

  private Exchanges.Raw exchange(URI uri, Validators validators, long cap, Duration delay) throws FetchException {
    try (HostGate.Pass pass = gate.enter(uri.getHost(), delay)) {
      return exchanges.get(uri, validators, cap);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri.toString(), "interrupted", false);
    } catch (VettedResolver.Refused e) {
      throw new FetchException(uri.toString(), "refused: " + ((Refusal) e.getCause()).reason(), true);
    } catch (Exchanges.DeadlinePassed e) {
      throw new FetchException(uri.toString(), "no complete response within " + settings.deadline().toSeconds() + " s", false);
    } catch (IOException e) {
      throw new FetchException(uri.toString(), describe(e), false);
    }
  }

  private static String redirectTarget(URI from, Exchanges.Raw raw) throws FetchException {
    String location = raw.header("Location");
    if (location == null || location.isBlank()) {
      throw new FetchException(from.toString(), "HTTP " + raw.status() + " without a Location", false);
    }
    try {
      return from.resolve(location.trim()).toString();
    } catch (IllegalArgumentException e) {
      throw new FetchException(from.toString(), "redirect to a malformed address", false);
    }
  }

  private Robots.Outcome fetchRobots(String robotsUrl) {
    try {
      Hop last = follow(robotsUrl, Validators.NONE, Robots.MAX_BYTES, false);
      if (last == null) {
        return new Robots.Outcome(null, 404); // RFC 9309 2.3.1.2: too many redirects may count as unavailable
      }
      int status = last.raw().status();
      return status >= 200 && status < 300 ? new Robots.Outcome(last.raw().body(), status) : new Robots.Outcome(null, status);
    } catch (FetchException e) {
      return Robots.Outcome.unreachable();
    }
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return (m == null || m.isBlank() ? kind : kind + ": " + m).replaceAll("[\\r\\n]+", " ");
  }

  @Override
  public void close() {
    exchanges.close();
  }
}
