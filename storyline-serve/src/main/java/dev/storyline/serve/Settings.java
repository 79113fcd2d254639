package dev.storyline.serve;

import dev.storyline.ingest.net.FetchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storyline's settings: the commented defaults file bundled with the program, overridden by
 * {@code settings.properties} in the data folder. Every key has a default there.
 */
public final class Settings {

  /** The bundled defaults, the reference list of every setting. */
  static final String DEFAULTS = "/dev/storyline/serve/defaults.properties";

  /** The data folder's own settings file. */
  public static final String FILE = "settings.properties";

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private final Properties values;

  private Settings(Properties values) {
    this.values = values;
  }

  /**
   * The defaults overridden by the data folder's settings file, if it has one.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or names an unknown key
   */
  public static Settings load(Path dataDir) {
    Properties p = defaults();
    Path file = dataDir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      Properties own = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        own.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": cannot read settings: " + e.getMessage());
      }
      for (String key : own.stringPropertyNames()) {
        if (!p.containsKey(key)) {
          throw new IllegalArgumentException(file + ": unknown setting " + key + " (see " + DEFAULTS + ")");
        }
        p.setProperty(key, own.getProperty(key).strip());
      }
    }
    return new Settings(p);
  }

  /** The bundled defaults alone. */
  public static Settings defaultsOnly() {
    return new Settings(defaults());
  }

  private static Properties defaults() {
    Properties p = new Properties();
    try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled " + DEFAULTS, e);
    }
    return p;
  }

  public String text(String key) {
    String v = values.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown setting " + key);
    }
    return v.strip();
  }

  public List<String> list(String key) {
    return Arrays.stream(text(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public long number(String key) {
    try {
      return Long.parseLong(text(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + ": not a number: " + text(key));
    }
  }

  public Duration duration(String key) {
    return parseDuration(text(key), "setting " + key);
  }

  /** Parses 500ms, 30s, 15m, 2h or 1d. */
  public static Duration parseDuration(String text, String what) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(what + ": not a duration (like 30s, 15m, 2h, 1d): " + text);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** The fetcher's settings, with extra hosts opened (e.g. from --allow-host). */
  public FetchSettings fetch(List<String> extraAllowHosts) {
    List<String> allow = new java.util.ArrayList<>(list("fetch.allow-hosts"));
    allow.addAll(extraAllowHosts);
    return new FetchSettings(text("fetch.contact"), allow, duration("fetch.host-delay"),
        duration("fetch.max-crawl-delay"), (int) number("fetch.max-redirects"), number("fetch.max-page-bytes"),
        number("fetch.max-sitemap-bytes"), duration("fetch.deadline"), duration("fetch.connect-timeout"));
  }
}
