package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Finds when a page was first published and when it was last changed, kept apart. */
public final class PublicationDates {

  /** Meta tags that state the publication time, most trusted first. */
  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "article.published", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
    "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
    "citation_date", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
    "og:pubdate", "displaydate", "release_date", "created", "creation_date", "datecreated"
  };

  /** Meta tags that state the last change. */
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
    "last-modified", "lastmod", "article.updated", "modified_time", "updated_time"
  };

  /** Most date-line elements examined; the post's own comes early, comment dates follow. */
  static final int MAX_VISIBLE_ELEMENTS = 30;

  /** Longest element text read as a date line; longer text is prose. */
  static final int MAX_DATE_LINE_CHARS = 200;

  private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:/|[_-]|$)");
  private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
  private static final Pattern URL_DAY_FIRST = Pattern.compile("[/_-](\\d{2})[-_.]?(\\d{2})[-_.]?((?:19|20)\\d{2})(?:[/_.-]|$)");

  private PublicationDates() {}

  /** The first-publication day, or null; {@code fetched} may be null when unknown. */
  public static Found<LocalDate> published(PageIndex index, MetaTags meta, JsonNode ld, String url,
      LocalDateTime fetched) {
    LocalDate today = fetched == null ? LocalDate.now() : fetched.toLocalDate();
    Stamp structured = structured(index, meta, ld, today);
    LocalDate fromUrl = fromUrl(url, today);
    if (structured != null) {
      if (fromUrl != null && !fromUrl.equals(structured.found().value())) {
        // An address is written once, at publication; structured stamps get rewritten by templates.
        return new Found<>(fromUrl, "url", 0.8);
      }
      LocalDate printed = printedDay(structured, index, meta, today);
      if (printed != null) {
        return new Found<>(printed, "visible-text", 0.8);
      }
      return structured.found();
    }
    if (fromUrl != null) {
      return new Found<>(fromUrl, "url", 0.75);
    }
    Element time = index.times.stream().filter(t -> t.hasAttr("datetime")).findFirst().orElse(null);
    if (time != null) {
      LocalDate d = stampOrText(time, today);
      if (d != null) {
        return new Found<>(d, "time-element", 0.7);
      }
    }
    Found<LocalDate> line = Datelines.find(index, meta, today);
    if (line != null) {
      return line;
    }
    Found<LocalDate> visible = visible(index, today, fetched);
    return visible != null ? visible : nearHeadline(index, today);
  }

  /**
   * A structured stamp.
   *
   * @param found its day as written
   * @param utc its time when written in UTC, else null
   */
  private record Stamp(Found<LocalDate> found, OffsetDateTime utc) {}

  /**
   * Hours the outlets' own time zones lie west or east of UTC at most, for the purpose of moving a
   * UTC stamp to the day printed on the page: the Americas reach 10 hours west; east of 10 hours
   * lie few outlets, and assuming more would let a site header's "today" pass as the date line.
   */
  static final int MAX_ZONE_HOURS = 10;

  /**
   * The day the page's date line prints when a UTC stamp falls on the day before or after it in
   * the outlet's time zone; null when the stamp stands.
   */
  private static LocalDate printedDay(Stamp stamp, PageIndex index, MetaTags meta, LocalDate today) {
    if (stamp.utc() == null) {
      return null;
    }
    Found<LocalDate> line = Datelines.find(index, meta, today);
    if (line == null) {
      return null;
    }
    long shift = line.value().toEpochDay() - stamp.found().value().toEpochDay();
    int hour = stamp.utc().getHour();
    boolean west = shift == -1 && hour < MAX_ZONE_HOURS;
    boolean east = shift == 1 && hour >= 24 - MAX_ZONE_HOURS;
    return west || east ? line.value() : null;
  }

  private static Stamp structured(PageIndex index, MetaTags meta, JsonNode ld, LocalDate today) {
    if (ld != null) {
      for (String field : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
        String raw = JsonLd.text(ld, field);
        LocalDate d = Stamps.parse(raw, today);
        if (d != null) {
          return new Stamp(new Found<>(d, "json-ld", 0.95), Stamps.utc(raw));
        }
      }
    }
    for (String key : PUBLISHED_META) {
      for (String v : meta.all(key)) {
        LocalDate d = Stamps.parse(v, today);
        if (d != null) {
          return new Stamp(new Found<>(d, "meta:" + key, 0.9), Stamps.utc(v));
        }
      }
    }
    for (Element t : index.publishedStamps) {
      LocalDate d = stampOrText(t, today);
      if (d != null) {
        return new Stamp(new Found<>(d, "time-element", 0.85), Stamps.utc(t.attr("datetime")));
      }
    }
    return null;
  }

  private static Found<LocalDate> visible(PageIndex index, LocalDate today, LocalDateTime fetched) {
    int seen = 0;
    for (Element e : index.dateLines) {
      if (++seen > MAX_VISIBLE_ELEMENTS) {
        break;
      }
      String text = e.text();
      if (text.isEmpty() || text.length() > MAX_DATE_LINE_CHARS || isModifiedLine(text)) {
        continue;
      }
      LocalDate d = DateText.find(text, today);
      if (d == null && fetched != null) {
        d = DateText.relative(text, fetched);
      }
      if (d != null) {
        return new Found<>(d, "visible-text", 0.6);
      }
    }
    return null;
  }

  /** Characters after the headline searched for a date line when nothing else dates the page. */
  static final int HEADLINE_WINDOW_CHARS = 600;

  /** The first date written within a short stretch after the headline, or null. */
  private static Found<LocalDate> nearHeadline(PageIndex index, LocalDate today) {
    Element h1 = index.firstH1;
    if (h1 == null) {
      return null;
    }
    StringBuilder window = new StringBuilder();
    for (Element e = h1; e != null && window.length() < HEADLINE_WINDOW_CHARS; e = next(e)) {
      if (e != h1 && e.children().isEmpty() || e.normalName().equals("time")) {
        window.append(e.text()).append(' ');
      }
    }
    LocalDate d = DateText.find(window.toString(), today);
    return d == null ? null : new Found<>(d, "visible-text", 0.5);
  }

  /** The element after this one in document order, descending into children first. */
  private static Element next(Element e) {
    if (!e.children().isEmpty()) {
      return e.child(0);
    }
    for (Element x = e; x != null; x = x.parent()) {
      Element sibling = x.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  /** The last-change day, or null. */
  public static Found<LocalDate> modified(PageIndex index, MetaTags meta, JsonNode ld, LocalDateTime fetched) {
    LocalDate today = fetched == null ? LocalDate.now() : fetched.toLocalDate();
    LocalDate d = ld == null ? null : Stamps.parse(JsonLd.text(ld, "dateModified"), today);
    if (d != null) {
      return new Found<>(d, "json-ld", 0.9);
    }
    for (String key : MODIFIED_META) {
      d = Stamps.parse(meta.value(key), today);
      if (d != null) {
        return new Found<>(d, "meta:" + key, 0.85);
      }
    }
    Element t = index.modifiedStamps.isEmpty() ? null : index.modifiedStamps.get(0);
    d = t == null ? null : stampOrText(t, today);
    return d == null ? null : new Found<>(d, "time-element", 0.7);
  }

  /** A date in an address path such as {@code /2023/12/17/} or {@code /20231217-}, or null. */
  static LocalDate fromUrl(String url, LocalDate today) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DAY.matcher(url);
    if (!m.find()) {
      m = URL_COMPACT.matcher(url);
      if (!m.find()) {
        Matcher dayFirst = URL_DAY_FIRST.matcher(url);
        if (!dayFirst.find()) {
          return null;
        }
        try {
          return Stamps.plausible(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
              Integer.parseInt(dayFirst.group(1))), today);
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    try {
      return Stamps.plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))), today);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static LocalDate stampOrText(Element e, LocalDate today) {
    for (String attr : new String[] {"datetime", "content", "data-datetime", "title"}) {
      LocalDate d = Stamps.parse(e.attr(attr), today);
      if (d != null) {
        return d;
      }
    }
    String text = e.text();
    return text.length() > MAX_DATE_LINE_CHARS ? null : DateText.find(text, today);
  }

  private static boolean isModifiedLine(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return (t.startsWith("updated") || t.startsWith("aktualisiert") || t.startsWith("mis à jour")
        || t.startsWith("actualizado") || t.startsWith("last modified") || t.startsWith("zuletzt"))
        && !t.contains("publi") && !t.contains("veröffentlicht");
  }
}
