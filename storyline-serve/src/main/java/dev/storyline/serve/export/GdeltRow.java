package dev.storyline.serve.export;

import dev.storyline.model.Actor;
import dev.storyline.model.Event;
import dev.storyline.model.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event as a line of GDELT 2.0's event table: 61 tab-separated fields, in the codebook's order
 * (GDELT Event Codebook V2.0, 2015). Fields Storyline does not know are left empty: ethnic and
 * religion codes, actor geography, ADM codes and feature ids, and geographic country codes, which
 * GDELT gives in FIPS 10-4 while Storyline knows ISO 3166.
 */
public final class GdeltRow {

  /** The number of fields in a GDELT 2.0 event record. */
  public static final int FIELDS = 61;

  /**
   * GDELT's geographic resolution (codebook, "Geo_Type"): 3 US city, 4 world city. Storyline's
   * places are cities, regions and landmarks, so these two are the ones it gives.
   */
  static final int GEO_US_CITY = 3;
  static final int GEO_WORLD_CITY = 4;

  private GdeltRow() {}

  /** The record's fields, exactly {@link #FIELDS} of them. */
  public static List<String> fields(EventRow row) {
    Event e = row.event();
    List<String> f = new ArrayList<>(FIELDS);
    f.add(Long.toString(globalId(e.id())));
    LocalDate d = e.date();
    f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
    f.add(d == null ? "" : Integer.toString(d.getYear()));
    f.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
    actor(f, e.source());
    actor(f, e.target());
    f.add(row.rootEvent() ? "1" : "0");
    f.add(e.cameo());
    f.add(e.cameo().substring(0, Math.min(3, e.cameo().length())));
    f.add(e.rootCode());
    f.add(Integer.toString(e.quadClass()));
    f.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
    f.add(Integer.toString(row.numMentions()));
    f.add(Integer.toString(row.numSources()));
    f.add(Integer.toString(row.numArticles()));
    f.add(String.format(Locale.ROOT, "%.4f", row.avgTone()));
    geo(f, null); // Actor1Geo
    geo(f, null); // Actor2Geo
    geo(f, e.location()); // ActionGeo
    LocalDate added = row.added();
    f.add(added == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d000000", added.getYear(), added.getMonthValue(), added.getDayOfMonth()));
    f.add(row.sourceUrl() == null ? "" : row.sourceUrl());
    return f;
  }

  /** The line: fields joined by tabs, with tabs and line breaks inside values made spaces. */
  public static String line(EventRow row) {
    return String.join("\t", fields(row).stream().map(v -> v.replaceAll("[\\t\\r\\n]", " ")).toList());
  }

  /** GDELT's GLOBALEVENTID is a number: the first 60 bits of Storyline's hex event id. */
  static long globalId(String id) {
    String hex = id.replaceAll("[^0-9a-fA-F]", "");
    return hex.isEmpty() ? 0 : Long.parseUnsignedLong(hex.substring(0, Math.min(15, hex.length())), 16);
  }

  /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code. */
  private static void actor(List<String> f, Actor a) {
    if (a == null) {
      for (int i = 0; i < 10; i++) {
        f.add("");
      }
      return;
    }
    boolean group = a.code() != null && a.code().matches("(IGO|NGO|IMG|MNC).*");
    f.add(nz(a.code()));
    f.add(a.name().toUpperCase(Locale.ROOT));
    f.add(nz(a.country()));
    f.add(group && a.code().length() > 3 ? a.code().substring(3, Math.min(6, a.code().length())) : "");
    f.add("");
    f.add("");
    f.add("");
    f.add(group ? a.code().substring(0, 3) : nz(a.role()));
    f.add("");
    f.add("");
  }

  /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
  private static void geo(List<String> f, Place p) {
    if (p == null) {
      for (int i = 0; i < 8; i++) {
        f.add("");
      }
      return;
    }
    f.add(Integer.toString("USA".equals(p.country()) ? GEO_US_CITY : GEO_WORLD_CITY));
    f.add(p.name());
    f.add("");
    f.add("");
    f.add("");
    f.add(p.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", p.lat()));
    f.add(p.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", p.lon()));
    f.add("");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
