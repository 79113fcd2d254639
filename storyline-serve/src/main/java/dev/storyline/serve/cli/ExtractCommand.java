package dev.storyline.serve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.extract.Extraction;
import dev.storyline.extract.PageExtractor;
import dev.storyline.extract.Provenance;
import dev.storyline.extract.html.HtmlPages;
import dev.storyline.ingest.FileSource;
import dev.storyline.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Reads text and metadata from saved web pages (.html, .htm, .html.gz, or folders of them);"
        + " no data folder needed. Exit code 2 when any page could not be read.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages or folders of pages.")
  List<Path> paths;

  @Option(names = "--json", description = "Print one JSON object a line per page.")
  boolean json;

  @Option(names = "--url", description = "The page's address, when the file does not say it.")
  String url;

  @Option(names = "--fetched", description = "When the pages were fetched, ISO local date-time (default: now);"
      + " relative dates count back from it.")
  LocalDateTime fetched;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    PageExtractor extractor = new PageExtractor();
    LocalDateTime at = fetched == null ? LocalDateTime.now() : fetched;
    PrintStream out = System.out;
    int failed = 0;
    for (Path file : files()) {
      try {
        Extraction e = extractor.extract(read(file), url, at);
        out.println(json ? JSON.writeValueAsString(toJson(file, e)) : summary(file, e));
      } catch (IllegalArgumentException | IOException ex) {
        System.err.println("storyline: " + file + ": " + ex.getMessage());
        failed++;
      }
    }
    return failed == 0 ? 0 : Main.BAD_INPUT;
  }

  private List<Path> files() {
    try {
      return FileSource.expand(paths, ExtractCommand::isPage);
    } catch (IngestException e) {
      throw new Main.BadInput(e.getMessage());
    }
  }

  private static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".gz");
  }

  /** The page's bytes, at most what the parser reads: a gzip bomb inflates no further. */
  static byte[] read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = raw;
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        in = new GZIPInputStream(raw);
      }
      return in.readNBytes(HtmlPages.MAX_PAGE_BYTES);
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a gzip file (" + e.getMessage() + ")");
    }
  }

  private static ObjectNode toJson(Path file, Extraction e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", file.toString());
    o.put("url", e.url());
    o.put("title", e.title());
    o.put("text", e.text());
    ArrayNode authors = o.putArray("authors");
    e.authors().forEach(authors::add);
    o.put("published", e.published() == null ? null : e.published().toString());
    o.put("modified", e.modified() == null ? null : e.modified().toString());
    o.put("outlet", e.outlet());
    o.put("language", e.language());
    o.put("description", e.description());
    o.put("image", e.image());
    o.put("section", e.section());
    ArrayNode tags = o.putArray("tags");
    e.tags().forEach(tags::add);
    ObjectNode sources = o.putObject("sources");
    for (Map.Entry<String, Provenance> p : new TreeMap<>(e.provenance()).entrySet()) {
      sources.putObject(p.getKey()).put("from", p.getValue().source()).put("confidence", p.getValue().confidence());
    }
    return o;
  }

  private static String summary(Path file, Extraction e) {
    return String.format(Locale.ROOT, "%s%n  title: %s%n  authors: %s%n  published: %s  outlet: %s  language: %s%n"
        + "  text: %d characters in %d paragraphs", file, e.title(), String.join("; ", e.authors()), e.published(),
        e.outlet(), e.language(), e.text().length(), e.text().isEmpty() ? 0 : e.text().split("\n\n").length);
  }
}
