package dev.storyline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date forms news pages use: ISO stamps, "March 14, 2026", "14 March 2026", URL paths. */
final class Dates {

  /** Earliest publication date accepted; older stamps on news pages are template defaults. */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern URL_PATH = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})/");

  private Dates() {}

  /** A full timestamp or date as in meta tags and JSON-LD, or null. */
  static LocalDate parseStamp(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    try {
      return plausible(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException e) {
      return find(s);
    }
  }

  /** The first date written in the text, or null. */
  static LocalDate find(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = MDY.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DMY.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    return null;
  }

  /** A date in a URL path such as {@code /2023/12/17/}, or null. */
  static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_PATH.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate plausible(LocalDate date) {
    // A day of slack for time zones ahead of the machine's.
    return date.isBefore(EARLIEST) || date.isAfter(LocalDate.now().plusDays(1)) ? null : date;
  }
}
