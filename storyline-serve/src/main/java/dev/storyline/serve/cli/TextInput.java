package dev.storyline.serve.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.storyline.model.Article;
import dev.storyline.model.Hashes;
import dev.storyline.serve.Views;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code storyline code-events} input: {@code {"id": "...", "text": "...", "date": "YYYY-MM-DD"}},
 * the date optional, other fields ignored.
 *
 * @param id the caller's name for the text, echoed in the output
 * @param text a sentence, a paragraph or a whole article
 * @param date when it was published, or null; relative dates in the text count from it
 */
record TextInput(String id, String text, LocalDate date) {

  /** Words of the text used as its article's title, which the coder does not read. */
  static final int TITLE_WORDS = 8;

  private static final ObjectReader JSON = Views.JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  TextInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Reads one line.
   *
   * @throws IllegalArgumentException with a one-line message saying what is wrong with it
   */
  static TextInput parse(String line) {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not JSON (" + e.getMessage() + ")");
    }
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = string(o, "id");
    String text = string(o, "text");
    JsonNode d = o.get("date");
    LocalDate date = null;
    if (d != null && !d.isNull()) {
      try {
        date = LocalDate.parse(d.isTextual() ? d.asText() : d.toString());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, got " + d);
      }
    }
    return new TextInput(id, text, date);
  }

  private static String string(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a non-empty string");
    }
    return v.asText();
  }

  /** The text as an article the coder takes; {@code origin} says where it was read. */
  Article article(String origin) {
    List<String> words = Arrays.asList(text.strip().split("\\s+"));
    String title = String.join(" ", words.subList(0, Math.min(TITLE_WORDS, words.size())));
    return new Article(id, null, origin, title, text, List.of(), null, date, "en", Hashes.sha256Hex(text));
  }
}
