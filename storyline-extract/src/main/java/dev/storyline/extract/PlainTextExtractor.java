package dev.storyline.extract;

import dev.storyline.extract.html.Lines;
import dev.storyline.extract.meta.DateText;
import dev.storyline.extract.meta.Titles;
import dev.storyline.ingest.Document;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts an article from plain text copied from a web page: the first real line is the headline,
 * furniture lines are dropped, and bylines and datelines give author and date.
 */
final class PlainTextExtractor {

  /** A dateline opens the first paragraph: "TOKYO, March 14, 2026 —". */
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\s.'/-]{1,40},\\s+(.{6,40}?)\\s*(?:—|–|--|-)\\s");

  /** Paragraphs searched for a byline or dateline: a correspondent's line may come before the dateline. */
  static final int LEAD_PARAGRAPHS = 3;

  /** List items copied from pages start with a bullet. */
  private static final Pattern BULLET = Pattern.compile("^[•·▪◦*]\\s*");

  /**
   * Extracts the article in a plain-text document.
   *
   * @param today the day the text was read: a dateline is never later than it
   */
  Fields extract(Document doc, LocalDate today) {
    String all = new String(doc.content(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<String> lines = all.lines().map(String::strip).toList();
    int i = 0;
    while (i < lines.size() && (lines.get(i).isEmpty() || Lines.isFurniture(lines.get(i)))) {
      i++;
    }
    if (i == lines.size()) {
      return new Fields(null, null, List.of(), null, null, null, null);
    }
    String rawTitle = lines.get(i++);
    String[] split = Titles.split(rawTitle);
    String title = split[0];
    List<String> authors = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean started = false;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        flush(current, paragraphs);
        continue;
      }
      if (!started && (line.equals(rawTitle) || line.equals(title))) {
        continue;
      }
      if (Lines.isEndMarker(line)) {
        break;
      }
      if (Lines.isFurniture(line)) {
        continue;
      }
      if (!started) {
        List<String> by = Bylines.byLine(line);
        if (!by.isEmpty()) {
          authors.addAll(by);
          continue;
        }
      }
      started = true;
      if (BULLET.matcher(line).find()) {
        flush(current, paragraphs);
        paragraphs.add(BULLET.matcher(line).replaceFirst(""));
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    flush(current, paragraphs);
    LocalDate published = null;
    for (String lead : paragraphs.subList(0, Math.min(LEAD_PARAGRAPHS, paragraphs.size()))) {
      String correspondent = Bylines.correspondent(lead);
      if (correspondent != null && !authors.contains(correspondent)) {
        authors.add(correspondent);
      }
      var m = DATELINE.matcher(lead);
      if (published == null && m.find()) {
        published = DateText.find(m.group(1), today);
      }
    }
    return new Fields(title, String.join("\n\n", paragraphs), authors, split[1], published, null, null);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
