package dev.storyline.ingest.net;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per RFC 9309, one set of rules per origin, kept for a day. A file that cannot be
 * fetched because the server fails (5xx) or cannot be reached means nothing may be fetched; a file
 * that does not exist (4xx) means everything may.
 */
final class Robots {

  /** RFC 9309 section 2.4: a cached robots.txt should not be used for more than 24 hours. */
  static final Duration KEEP = Duration.ofHours(24);

  /** RFC 9309 section 2.5: crawlers must parse at least the first 500 KiB; more is ignored. */
  static final long MAX_BYTES = 500L * 1024;

  /** Why the rules are what they are, for messages. */
  record Rules(BaseRobotRules rules, String basis, long expiresNanos) {}

  /** Fetches a robots.txt; the outcome decides the rules. */
  interface Source {
    /** The file's bytes when it was served (2xx), else the failure. */
    Outcome fetch(String robotsUrl);
  }

  /** What fetching robots.txt gave: bytes, an HTTP status, or an unreachable server. */
  record Outcome(byte[] body, int status) {
    static Outcome unreachable() {
      return new Outcome(null, -1);
    }
  }

  private final Map<String, Rules> cache = new ConcurrentHashMap<>();
  private final Source source;

  Robots(Source source) {
    this.source = source;
  }

  /** The rules for a URL's origin, fetched when not cached or expired. */
  Rules rules(URI uri) {
    String origin = origin(uri);
    Rules r = cache.get(origin);
    if (r == null || r.expiresNanos() - System.nanoTime() < 0) {
      r = load(origin);
      cache.put(origin, r);
    }
    return r;
  }

  private Rules load(String origin) {
    String url = origin + "/robots.txt";
    Outcome o = source.fetch(url);
    long expires = System.nanoTime() + KEEP.toNanos();
    if (o.body() != null) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      BaseRobotRules rules = parser.parseContent(url, o.body(), "text/plain", List.of(Fetcher.AGENT.toLowerCase()));
      return new Rules(rules, url, expires);
    }
    if (o.status() >= 400 && o.status() < 500) {
      return new Rules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), url + " missing (HTTP " + o.status() + ")", expires);
    }
    String why = o.status() < 0 ? "unreachable" : "HTTP " + o.status();
    return new Rules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), url + " " + why, expires);
  }

  private static String origin(URI uri) {
    int port = uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + (port == -1 ? "" : ":" + port);
  }
}
