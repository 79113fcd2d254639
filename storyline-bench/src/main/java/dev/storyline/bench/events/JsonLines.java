package dev.storyline.bench.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON lines files of the events benchmark, gold sets and other coders' codings alike: one object a line. */
final class JsonLines {

  /**
   * Most lines read: far more than a hand-coded set holds (the largest in the project has 202), so
   * that a wrong file given by mistake is refused rather than read to its end.
   */
  private static final int MAX_LINES = 10_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /** What is done with each JSON object of a file, told where it stands for messages. */
  interface ObjectReader {
    void read(JsonNode object, String where) throws GoldSetException;
  }

  /**
   * Hands each non-blank line of a JSON lines file, parsed, to {@code reader}, with "FILE: line N" for
   * its messages; at most {@link #MAX_LINES} lines.
   *
   * @throws GoldSetException when the file cannot be read, is too long or a line is not JSON
   */
  static void eachObject(Path file, ObjectReader reader) throws GoldSetException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (number > MAX_LINES) {
          throw new GoldSetException(file + ": more than " + MAX_LINES + " lines");
        }
        if (!line.isBlank()) {
          String where = file + ": line " + number;
          reader.read(parse(line, where), where);
        }
      }
    } catch (IOException e) {
      throw new GoldSetException(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static JsonNode parse(String line, String where) throws GoldSetException {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new GoldSetException(where + ": not JSON (" + e.getOriginalMessage() + ")");
    }
  }
}
