package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was first published and when it was last changed, kept apart.
 *
 * <p>The publication is the day the page's date line prints for readers when one of the page's own
 * stamps confirms it (outlets that reissue a story print and stamp the day of the reissue), else
 * the day its address names, else its structured stamp, else the date line alone. No day lies
 * before {@link DateText#EARLIEST} or more than a day after the fetch.
 */
public final class PublicationDates {

  /**
   * Hours the outlets' own time zones lie west or east of UTC at most, for the purpose of moving a
   * UTC stamp to the day printed on the page: the Americas reach 10 hours west; east of 10 hours
   * lie few outlets, and assuming more would let a site header's "today" pass as the date line.
   */
  static final int MAX_ZONE_HOURS = 10;

  /**
   * Hours east of UTC within which a UTC stamp on the full hour is read as a converted local
   * midnight: Europe, Africa and the Middle East (UTC+1 to +3), where date pickers of the outlets
   * in these sets sit; a stamp at 15:00 UTC is an afternoon in New York, not a midnight in Sydney.
   */
  static final int MIDNIGHT_ZONE_HOURS = 3;

  private PublicationDates() {}

  /**
   * The first-publication day, or null.
   *
   * @param fetched when the page was fetched; null when unknown, which bounds dates by now and
   *     leaves relative stamps ("vor 3 Stunden") unread
   */
  public static Found<LocalDate> published(PageIndex index, MetaTags meta, JsonNode ld, String url,
      LocalDateTime fetched) {
    LocalDate today = fetched == null ? LocalDate.now() : fetched.toLocalDate();
    StructuredDates.Stamp structured = StructuredDates.published(index, meta, ld, today);
    LocalDate fromUrl = UrlDates.find(url, today);
    Found<LocalDate> line = Datelines.find(index, meta, today);
    if (structured != null) {
      LocalDate stamped = structured.found().value();
      if (line != null && !line.value().equals(stamped)
          && (structured.generic() || StructuredDates.days(index, meta, ld, today).contains(line.value()))) {
        return new Found<>(line.value(), "visible-text", 0.85);
      }
      boolean printedAsStamped = line != null && line.value().equals(stamped);
      if (fromUrl != null && !fromUrl.equals(stamped) && !printedAsStamped) {
        // An address is written once, at publication; structured stamps get rewritten by templates,
        // unless the page prints the stamp's day for its readers too.
        return new Found<>(fromUrl, "url", 0.8);
      }
      if (line != null && shiftedByZone(structured, line.value())) {
        return new Found<>(line.value(), "visible-text", 0.8);
      }
      if (!printedAsStamped && midnightEastOfUtc(structured)) {
        return new Found<>(stamped.plusDays(1), structured.found().source(), structured.found().confidence());
      }
      return structured.found();
    }
    if (fromUrl != null) {
      return new Found<>(fromUrl, "url", 0.75);
    }
    if (line != null) {
      return line;
    }
    Element time = index.times.stream().filter(t -> t.hasAttr("datetime")).findFirst().orElse(null);
    LocalDate timed = time == null ? null : StructuredDates.stampOrText(time, today);
    if (timed != null) {
      return new Found<>(timed, "time-element", 0.7);
    }
    return VisibleDates.find(index, today, fetched);
  }

  /** The last-change day, or null; {@code fetched} as for {@link #published}. */
  public static Found<LocalDate> modified(PageIndex index, MetaTags meta, JsonNode ld, LocalDateTime fetched) {
    LocalDate today = fetched == null ? LocalDate.now() : fetched.toLocalDate();
    return StructuredDates.modified(index, meta, ld, today);
  }

  /**
   * Whether a UTC stamp is a bare date written as midnight up to {@link #MIDNIGHT_ZONE_HOURS} east
   * of UTC and converted:
   * "2022-11-06T23:00:00Z" is 7 November in Berlin. Stories are rarely published on the full hour
   * to the second; date pickers store exactly that.
   */
  private static boolean midnightEastOfUtc(StructuredDates.Stamp stamp) {
    OffsetDateTime t = stamp.utc();
    return t != null && t.getHour() >= 24 - MIDNIGHT_ZONE_HOURS && t.getMinute() == 0 && t.getSecond() == 0
        && t.getNano() == 0;
  }

  /**
   * Whether a UTC stamp falls on the day before or after the printed day only because the outlet's
   * time zone, within {@link #MAX_ZONE_HOURS} of UTC, put the publication on the printed day.
   */
  private static boolean shiftedByZone(StructuredDates.Stamp stamp, LocalDate printed) {
    if (stamp.utc() == null) {
      return false;
    }
    long shift = printed.toEpochDay() - stamp.found().value().toEpochDay();
    int hour = stamp.utc().getHour();
    return shift == -1 && hour < MAX_ZONE_HOURS || shift == 1 && hour >= 24 - MAX_ZONE_HOURS;
  }
}
