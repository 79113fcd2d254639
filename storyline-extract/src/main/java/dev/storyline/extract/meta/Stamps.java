package dev.storyline.extract.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads machine-written timestamps: ISO 8601 in its many spellings, RFC 1123, epoch seconds. */
final class Stamps {

  private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})(?:$|[T\\s_])");
  private static final Pattern EPOCH = Pattern.compile("^1\\d{9}(?:\\d{3})?$");

  private Stamps() {}

  /**
   * The day a structured timestamp names, in the time zone it was written in; null when the value
   * is not a timestamp or lies outside {@link DateText#EARLIEST} to {@code today} plus one day.
   */
  static LocalDate parse(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    LocalDate d = null;
    try {
      d = OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      Matcher m = ISO_DAY.matcher(s);
      if (m.find()) {
        d = day(m.group(1), m.group(2), m.group(3));
      } else if (EPOCH.matcher(s).matches()) {
        long seconds = s.length() > 10 ? Long.parseLong(s) / 1000 : Long.parseLong(s);
        d = java.time.Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC).toLocalDate();
      } else {
        try {
          d = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e2) {
          d = DateText.find(s, today);
        }
      }
    }
    return plausible(d, today);
  }

  /**
   * The time a stamp names when it is written in UTC ("Z", "+00:00", "GMT"), or null for other
   * stamps: only those may lie a day off the date the outlet printed for its own readers.
   */
  static OffsetDateTime utc(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    OffsetDateTime t;
    try {
      t = OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        t = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
    return t.getOffset().getTotalSeconds() == 0 ? t : null;
  }

  static LocalDate plausible(LocalDate d, LocalDate today) {
    if (d == null || d.isBefore(DateText.EARLIEST) || d.isAfter(today.plusDays(1))) {
      return null;
    }
    return d;
  }

  private static LocalDate day(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
