package dev.storyline.ingest.feed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates in the RFC 822 / 1123 family as RSS writes them, read leniently: the day name and the
 * seconds may be missing, the year may have two digits, the month may come before the day, fields
 * may have one digit ("4:35:5"), and the zone may be named, numeric, or "GMT+9".
 */
final class Rfc822Dates {

  /** Zone names RFC 822 defines, and others feeds use that mean one offset only (IST, for one, does not). */
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
      Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("EET", 2), Map.entry("EEST", 3),
      Map.entry("MSK", 3), Map.entry("HKT", 8), Map.entry("SGT", 8), Map.entry("JST", 9), Map.entry("KST", 9),
      Map.entry("AEST", 10), Map.entry("AEDT", 11));

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** More words than any form of such a date has; longer strings are something else. */
  private static final int MAX_TOKENS = 10;

  private Rfc822Dates() {}

  /** The instant, or null; a missing zone is taken as UTC. */
  static Instant parse(String s) {
    String words = s.replace(',', ' ').strip();
    String[] tokens = words.split("\\s+");
    if (words.isEmpty() || tokens.length > MAX_TOKENS) {
      return null;
    }
    int day = -1;
    int month = -1;
    int year = -1;
    int[] time = null;
    ZoneOffset zone = null;
    for (String t : tokens) {
      char first = t.charAt(0);
      boolean number = t.chars().allMatch(Rfc822Dates::isDigit);
      if (t.startsWith("(")) {
        continue; // a comment such as "(UTC)" after the zone
      } else if (isDigit(first) && t.indexOf(':') > 0 && time == null) {
        time = time(t);
        if (time == null) {
          return null;
        }
      } else if (number && t.length() <= 4) {
        if (day < 0 && t.length() <= 2 && year < 0) {
          day = Integer.parseInt(t);
        } else if (year < 0) {
          year = year(t);
        } else {
          return null;
        }
      } else if (time != null && zone == null && (zone = zone(t)) != null) {
        continue;
      } else if (Character.isLetter(first) && t.length() >= 3) {
        String word = t.substring(0, 3).toLowerCase(Locale.ROOT);
        if (month < 0 && MONTHS.contains(word)) {
          month = MONTHS.indexOf(word) + 1;
        } else if (!DAYS.contains(word)) {
          return null;
        }
      } else {
        return null;
      }
    }
    if (day < 0 || month < 0 || year < 0) {
      return null;
    }
    int[] hms = time == null ? new int[3] : time;
    return LocalDateTime.of(year, month, day, hms[0], hms[1], hms[2]).toInstant(zone == null ? ZoneOffset.UTC : zone);
  }

  /** Two-digit years as RFC 2822 section 4.3 reads them: 00-49 are 2000-2049, 50-99 are 1950-1999. */
  private static int year(String t) {
    int y = Integer.parseInt(t);
    if (t.length() == 2) {
      return y < 50 ? 2000 + y : 1900 + y;
    }
    return t.length() == 3 ? 1900 + y : y;
  }

  /** Hours, minutes and seconds from "h:m" or "h:m:s" (a fraction after the seconds ignored). */
  private static int[] time(String t) {
    String[] parts = t.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    int[] hms = new int[3];
    for (int i = 0; i < parts.length; i++) {
      String p = i == 2 && parts[i].indexOf('.') > 0 ? parts[i].substring(0, parts[i].indexOf('.')) : parts[i];
      if (p.isEmpty() || p.length() > 2 || !p.chars().allMatch(Rfc822Dates::isDigit)) {
        return null;
      }
      hms[i] = Integer.parseInt(p);
    }
    return hms;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static ZoneOffset zone(String t) {
    Integer hours = ZONES.get(t.toUpperCase(Locale.ROOT));
    return hours != null ? ZoneOffset.ofHours(hours) : Dates.offset(t);
  }
}
