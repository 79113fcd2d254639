package dev.storyline.bench.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gold-coded set in JSON lines, the input of {@code code-events} with its answers: one object
 * a line, {@code {"id", "text", "date"?, "category"?, "gold": [[source, target, event code], ...]}},
 * an empty {@code gold} for a sentence that reports no event. Blank lines are skipped.
 */
final class GoldLines {


  private GoldLines() {}

  /** The set's sentences, in file order. */
  static List<GoldSentence> read(Path file) throws GoldSetException {
    List<GoldSentence> out = new ArrayList<>();
    JsonLines.eachObject(file, (o, where) -> out.add(sentence(o, where)));
    return out;
  }

  private static GoldSentence sentence(JsonNode o, String where) throws GoldSetException {
    if (o == null || !o.isObject() || !o.path("id").isTextual() || !o.path("text").isTextual()
        || !o.path("gold").isArray()) {
      throw new GoldSetException(where + ": needs \"id\" and \"text\" strings and a \"gold\" array");
    }
    List<Coding> gold = codings(o.path("gold"), where);
    return new GoldSentence(o.path("id").asText(), o.path("category").asText("-"), date(o.path("date"), where),
        true, o.path("text").asText(), gold);
  }

  /** A JSON array of codings, each [source, target, event code]. */
  static List<Coding> codings(JsonNode array, String where) throws GoldSetException {
    List<Coding> out = new ArrayList<>();
    for (JsonNode c : array) {
      if (!c.isArray() || c.size() != 3 || !c.get(0).isTextual() || !c.get(1).isTextual() || !c.get(2).isTextual()) {
        throw new GoldSetException(where + ": a coding is [source, target, event code], got " + c);
      }
      try {
        out.add(Coding.gold(c.get(0).asText(), c.get(1).asText(), c.get(2).asText()));
      } catch (IllegalArgumentException e) {
        throw new GoldSetException(where + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static LocalDate date(JsonNode date, String where) throws GoldSetException {
    if (date.isMissingNode() || date.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(date.asText());
    } catch (DateTimeParseException e) {
      throw new GoldSetException(where + ": date " + date + " is not YYYY-MM-DD");
    }
  }
}
