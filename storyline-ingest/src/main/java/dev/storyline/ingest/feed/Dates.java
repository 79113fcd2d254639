package dev.storyline.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as feeds write them: RFC 822 and its variants, or ISO 8601 / W3C datetime. */
final class Dates {

  /** Longest date string looked at; the longest legitimate forms take about 40 characters. */
  static final int MAX_DATE_CHARS = 100;

  /** ISO 8601 as W3C datetime profiles it: 2024, 2024-05, 2024-05-01, with a time and zone optional. */
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,12})?)?"
          + "\\s*(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?)?)?)?");

  private Dates() {}

  /**
   * The instant a date string names, or null when it cannot be read. A date without a time is
   * taken as midnight and one without a zone as UTC.
   */
  static Instant parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > MAX_DATE_CHARS) {
      return null;
    }
    try {
      Matcher m = ISO.matcher(s);
      return m.matches() ? iso(m) : Rfc822Dates.parse(s);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static Instant iso(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    ZoneOffset zone = m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7));
    return zone == null ? null : LocalDateTime.of(year, month, day, hour, minute, second).toInstant(zone);
  }

  /**
   * A zone written as Z, UTC, GMT or a numeric offset (+9, +09, +0900, +09:00), optionally after
   * GMT or UTC as in "GMT+9"; null for anything else.
   */
  static ZoneOffset offset(String zone) {
    String z = zone;
    for (String prefix : new String[] {"GMT", "UTC", "UT"}) {
      if (z.regionMatches(true, 0, prefix, 0, prefix.length())) {
        z = z.substring(prefix.length());
        break;
      }
    }
    if (z.isEmpty() || z.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    if (z.charAt(0) != '+' && z.charAt(0) != '-') {
      return null;
    }
    String digits = z.substring(1).replace(":", "");
    if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    int sign = z.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
