package dev.storyline.extract.meta;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the day an address names, as news sites write it into their paths. */
final class UrlDates {

  private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:/|[_-]|$)");
  private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
  private static final Pattern URL_DAY_FIRST = Pattern.compile("[/_-](\\d{2})[-_.]?(\\d{2})[-_.]?((?:19|20)\\d{2})(?:[/_.-]|$)");

  private UrlDates() {}

  /** A date in an address path such as {@code /2023/12/17/} or {@code /20231217-}, or null. */
  static LocalDate find(String url, LocalDate today) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DAY.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), today);
    }
    m = URL_COMPACT.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), today);
    }
    m = URL_DAY_FIRST.matcher(url);
    return m.find() ? day(m.group(3), m.group(2), m.group(1), today) : null;
  }

  private static LocalDate day(String year, String month, String day, LocalDate today) {
    try {
      return Stamps.plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), today);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
