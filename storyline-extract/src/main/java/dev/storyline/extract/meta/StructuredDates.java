package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Reads the dates a page states for machines: JSON-LD, meta tags and marked time elements. */
final class StructuredDates {

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

  /**
   * Meta tags that date the document as a whole, whatever it is: content systems fill them with the
   * day a page was last saved as often as with the day its story appeared.
   */
  private static final Set<String> GENERIC_META = Set.of(
      "dc.date", "dcterms.date", "date", "created", "creation_date", "datecreated", "dc.date.created",
      "dcterms.created", "displaydate");

  /** JSON-LD fields that state the publication, most trusted first. */
  private static final String[] PUBLISHED_FIELDS = {"datePublished", "dateCreated", "uploadDate"};

  /** Longest element text read as a date; longer text is prose. */
  static final int MAX_DATE_TEXT_CHARS = 200;

  /**
   * A structured publication stamp.
   *
   * @param found its day as written
   * @param utc its time when written in UTC, else null
   * @param generic whether it dates the document in general rather than the story's publication
   */
  record Stamp(Found<LocalDate> found, OffsetDateTime utc, boolean generic) {}

  private StructuredDates() {}

  /** The most trusted publication stamp, or null. */
  static Stamp published(PageIndex index, MetaTags meta, JsonNode ld, LocalDate today) {
    if (ld != null) {
      for (String field : PUBLISHED_FIELDS) {
        String raw = JsonLd.text(ld, field);
        LocalDate d = Stamps.parse(raw, today);
        if (d != null) {
          return new Stamp(new Found<>(d, "json-ld", 0.95), Stamps.utc(raw), false);
        }
      }
    }
    for (String key : PUBLISHED_META) {
      for (String v : meta.all(key)) {
        LocalDate d = Stamps.parse(v, today);
        if (d != null) {
          return new Stamp(new Found<>(d, "meta:" + key, 0.9), Stamps.utc(v), GENERIC_META.contains(key));
        }
      }
    }
    for (Element t : index.publishedStamps) {
      LocalDate d = stampOrText(t, today);
      if (d != null) {
        return new Stamp(new Found<>(d, "time-element", 0.85), Stamps.utc(t.attr("datetime")), false);
      }
    }
    return null;
  }

  /** The most trusted last-change stamp, or null. */
  static Found<LocalDate> modified(PageIndex index, MetaTags meta, JsonNode ld, LocalDate today) {
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

  /** Every day a publication or change stamp of the page names. */
  static Set<LocalDate> days(PageIndex index, MetaTags meta, JsonNode ld, LocalDate today) {
    Set<LocalDate> out = new HashSet<>();
    if (ld != null) {
      for (String field : PUBLISHED_FIELDS) {
        add(out, Stamps.parse(JsonLd.text(ld, field), today));
      }
      add(out, Stamps.parse(JsonLd.text(ld, "dateModified"), today));
    }
    for (String[] keys : new String[][] {PUBLISHED_META, MODIFIED_META}) {
      for (String key : keys) {
        meta.all(key).forEach(v -> add(out, Stamps.parse(v, today)));
      }
    }
    index.publishedStamps.forEach(t -> add(out, stampOrText(t, today)));
    index.modifiedStamps.forEach(t -> add(out, stampOrText(t, today)));
    return out;
  }

  /** The day an element's machine attribute or short text names, or null. */
  static LocalDate stampOrText(Element e, LocalDate today) {
    for (String attr : new String[] {"datetime", "content", "data-datetime", "title"}) {
      LocalDate d = Stamps.parse(e.attr(attr), today);
      if (d != null) {
        return d;
      }
    }
    String text = e.text();
    return text.length() > MAX_DATE_TEXT_CHARS ? null : DateText.find(text, today);
  }

  private static void add(Set<LocalDate> out, LocalDate d) {
    if (d != null) {
      out.add(d);
    }
  }
}
