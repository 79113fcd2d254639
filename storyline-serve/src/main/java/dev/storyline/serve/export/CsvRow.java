package dev.storyline.serve.export;

import dev.storyline.model.Actor;
import dev.storyline.model.Event;
import java.util.List;
import java.util.Locale;

/** An event as a CSV row (RFC 4180) with Storyline's own column names, for spreadsheets. */
public final class CsvRow {

  public static final List<String> HEADER = List.of("id", "date", "source_code", "source_name", "source_country",
      "source_role", "target_code", "target_name", "target_country", "target_role", "cameo", "root", "quad_class",
      "goldstein", "num_mentions", "num_sources", "num_articles", "is_root_event", "avg_tone", "location",
      "location_country", "lat", "lon", "source_url", "sentence", "why");

  private CsvRow() {}

  public static String header() {
    return String.join(",", HEADER);
  }

  public static String line(EventRow row) {
    Event e = row.event();
    Actor s = e.source();
    Actor t = e.target();
    return String.join(",", List.of(e.id(), str(e.date()), str(s.code()), str(s.name()), str(s.country()),
        str(s.role()), t == null ? "" : str(t.code()), t == null ? "" : str(t.name()), t == null ? "" : str(t.country()),
        t == null ? "" : str(t.role()), e.cameo(), e.rootCode(), Integer.toString(e.quadClass()),
        String.format(Locale.ROOT, "%.1f", e.goldstein()), Integer.toString(row.numMentions()),
        Integer.toString(row.numSources()), Integer.toString(row.numArticles()), row.rootEvent() ? "1" : "0",
        String.format(Locale.ROOT, "%.4f", row.avgTone()), e.location() == null ? "" : str(e.location().name()),
        e.location() == null ? "" : str(e.location().country()),
        e.location() == null ? "" : str(e.location().lat()), e.location() == null ? "" : str(e.location().lon()),
        str(row.sourceUrl()), str(e.mentions().get(0).sentence()), str(e.why()))
        .stream().map(CsvRow::quote).toList());
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  /** Quotes a field when it holds a comma, quote or line break, doubling its quotes (RFC 4180). */
  static String quote(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
