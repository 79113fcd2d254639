package dev.storyline.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated resource files of the knowledge base: {@code #} starts a comment line. */
public final class Tsv {
  private Tsv() {}

  /** The rows of a class-path resource next to the given class, each padded to {@code columns} fields. */
  public static List<String[]> read(Class<?> near, String resource, int columns) {
    InputStream in = near.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " next to " + near.getName());
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String[] row = Arrays.copyOf(f, Math.max(columns, f.length));
        for (int i = 0; i < row.length; i++) {
          row[i] = row[i] == null ? "" : row[i].strip();
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The {@code |}-separated values of a field, without empty ones. */
  public static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
