package dev.storyline.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the public extraction sets from the layout they are distributed in. */
final class BenchSets {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchSets() {}

  /** ScrapingHub's article-extraction benchmark: {@code ground-truth.json} and {@code html/<id>.html.gz}. */
  static List<BenchPage> scrapinghub(Path dir) throws IOException {
    JsonNode truth = read(dir.resolve("ground-truth.json"));
    List<BenchPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byte[] html = gunzip(dir.resolve("html").resolve(e.getKey() + ".html.gz"));
      pages.add(new BenchPage(e.getKey(), e.getValue().path("url").asText(null), html,
          e.getValue().path("articleBody").asText(""), List.of(), List.of(), null, null, null));
    }
    return pages;
  }

  /** trafilatura's evaluation set: {@code evaldata.json} and {@code html/<file>.gz}. */
  static List<BenchPage> trafilatura(Path dir) throws IOException {
    JsonNode data = read(dir.resolve("evaldata.json"));
    List<BenchPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      String file = v.path("file").asText();
      Path path = dir.resolve("html").resolve(file + ".gz");
      byte[] html = Files.exists(path) ? gunzip(path) : Files.readAllBytes(dir.resolve("html").resolve(file));
      pages.add(new BenchPage(file, e.getKey(), html, null, strings(v.get("with")), strings(v.get("without")),
          text(v, "title"), text(v, "date"), text(v, "author")));
    }
    return pages;
  }

  private static String text(JsonNode v, String field) {
    JsonNode n = v.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static JsonNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "not a benchmark set: file missing");
    }
    return JSON.readTree(file.toFile());
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
