package dev.storyline.ingest.warc;

import static dev.storyline.ingest.warc.WarcBytes.DATE;
import static dev.storyline.ingest.warc.WarcBytes.exchange;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.ingest.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

class ArchiveWriterTest {

  @TempDir Path dir;

  @Test
  void writtenExchangesReadBackAsPagesWithUrlDateAndBody() throws Exception {
    Instant fetched = Instant.parse("2024-05-06T07:08:09.123Z");
    try (ArchiveWriter writer = new ArchiveWriter(dir, ArchiveWriter.ROTATE_BYTES)) {
      writer.write(new Exchange("https://news.example/a?x=1", fetched, "2001:db8::7", 200, "OK",
          List.of(Map.entry("Content-Type", "text/html; charset=utf-8")), "<p>Ä first</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      writer.write(exchange("https://news.example/b", 200, "text/html", "<p>second</p>"));
    }
    List<Page> pages = new ArrayList<>();
    Path file = single(dir);
    ArchiveReport report = ArchiveReader.read(file, pages::add);

    assertThat(report).isEqualTo(new ArchiveReport(file.toString(), 3, 2, 0, List.of()));
    assertThat(pages).extracting(Page::url).containsExactly("https://news.example/a?x=1", "https://news.example/b");
    assertThat(pages.get(0).fetched()).isEqualTo(fetched);
    assertThat(pages.get(1).fetched()).isEqualTo(DATE);
    assertThat(pages.get(0).contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(pages.get(0).body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>Ä first</p>");
    assertThat(new String(pages.get(1).body(), ISO_8859_1)).isEqualTo("<p>second</p>");
  }

  @Test
  void namesFilesByStartTimeAndSerialAndOpensEachWithWarcinfo() throws Exception {
    try (ArchiveWriter writer = new ArchiveWriter(dir, ArchiveWriter.ROTATE_BYTES)) {
      writer.write(exchange("https://news.example/a", 200, "text/html", "<p>a</p>"));
      Path file = writer.files().get(0);
      assertThat(file.getParent()).isEqualTo(dir);
      assertThat(file.getFileName().toString()).matches("storyline-\\d{14}-00000\\.warc\\.gz");
      List<WarcRecord> records = records(file);
      assertThat(records.get(0)).isInstanceOf(Warcinfo.class);
      assertThat(((Warcinfo) records.get(0)).filename()).contains(file.getFileName().toString());
      assertThat(records.get(0).version().toString()).isEqualTo("WARC/1.1");
      assertThat(records.get(1).headers().first("WARC-IP-Address")).contains("192.0.2.7");
      assertThat(records.get(1).headers().first("WARC-Payload-Digest")).isPresent();
    }
  }

  @Test
  void rotatesIntoSeveralFilesEachOpenedByWarcinfoAndAllRecordsReadBack() throws Exception {
    Random random = new Random(7); // random letters barely compress, so each record has a known weight
    List<String> urls = new ArrayList<>();
    try (ArchiveWriter writer = new ArchiveWriter(dir, 3000)) {
      for (int i = 0; i < 10; i++) {
        urls.add("https://news.example/" + i);
        writer.write(exchange(urls.get(i), 200, "text/html", letters(random, 1000)));
      }
      assertThat(writer.files()).hasSizeGreaterThanOrEqualTo(4);
    }
    List<Path> files = Files.list(dir).sorted().toList();
    List<String> read = new ArrayList<>();
    for (Path file : files) {
      assertThat(Files.size(file)).isLessThanOrEqualTo(3000);
      List<WarcRecord> records = records(file);
      assertThat(records.get(0)).isInstanceOf(Warcinfo.class);
      assertThat(records.subList(1, records.size())).allMatch(r -> r instanceof WarcResponse);
      ArchiveReport report = ArchiveReader.read(file, p -> read.add(p.url()));
      assertThat(report.skipped()).isZero();
    }
    assertThat(read).containsExactlyElementsOf(urls);
  }

  @Test
  void recordLargerThanTheRotationSizeGetsAFileOfItsOwn() throws Exception {
    try (ArchiveWriter writer = new ArchiveWriter(dir, 100)) {
      writer.write(exchange("https://news.example/a", 200, "text/html", "<p>a</p>"));
      writer.write(exchange("https://news.example/b", 200, "text/html", "<p>b</p>"));
      assertThat(writer.files()).hasSize(2);
      for (Path file : writer.files()) {
        assertThat(records(file)).hasSize(2);
      }
    }
  }

  @Test
  void rewritesEncodingAndLengthHeadersToMatchTheStoredBody() throws Exception {
    List<Map.Entry<String, String>> headers = List.of(
        Map.entry("Content-Type", "text/html"),
        Map.entry("Content-Encoding", "gzip"),
        Map.entry("Transfer-Encoding", "chunked"),
        Map.entry("content-length", "5"),
        Map.entry("Set-Cookie", "a=1"),
        Map.entry("Set-Cookie", "b=2"));
    try (ArchiveWriter writer = new ArchiveWriter(dir, ArchiveWriter.ROTATE_BYTES)) {
      writer.write(new Exchange("https://news.example/", DATE, null, 200, "OK", headers, "hello world".getBytes(ISO_8859_1)));
    }
    WarcResponse response = (WarcResponse) records(single(dir)).get(1);
    assertThat(response.headers().first("WARC-IP-Address")).isEmpty();
    // read again: records() consumed the bodies
    try (WarcReader reader = new WarcReader(single(dir))) {
      reader.next();
      HttpResponse http = ((WarcResponse) reader.next().orElseThrow()).http();
      assertThat(http.headers().map().keySet()).containsExactlyInAnyOrder("Content-Type", "Set-Cookie", "Content-Length");
      assertThat(http.headers().all("Set-Cookie")).containsExactly("a=1", "b=2");
      assertThat(http.headers().first("Content-Length")).contains("11");
      assertThat(http.body().stream().readAllBytes()).isEqualTo("hello world".getBytes(ISO_8859_1));
    }
  }

  @Test
  void concurrentWritersLoseNoRecord() throws Exception {
    Set<String> written = ConcurrentHashMap.newKeySet();
    try (ArchiveWriter writer = new ArchiveWriter(dir, 8 * 1024)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        jobs.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            String url = "https://news.example/" + thread + "/" + i;
            writer.write(exchange(url, 200, "text/html", "<p>" + url + "</p>"));
            written.add(url);
          }
          return null;
        }));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
      pool.shutdown();
    }
    Set<String> read = new java.util.HashSet<>();
    for (Path file : Files.list(dir).toList()) {
      assertThat(ArchiveReader.read(file, p -> read.add(p.url())).skipped()).isZero();
    }
    assertThat(written).hasSize(200);
    assertThat(read).isEqualTo(written);
  }

  @Test
  void refusesWritesAfterClose() throws Exception {
    ArchiveWriter writer = new ArchiveWriter(dir, ArchiveWriter.ROTATE_BYTES);
    writer.close();
    assertThatThrownBy(() -> writer.write(exchange("https://news.example/", 200, "text/html", "x")))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("closed");
    assertThat(writer.files()).isEmpty();
  }

  @Test
  void refusesNonPositiveRotationSize() {
    assertThatThrownBy(() -> new ArchiveWriter(dir, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  static Path single(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  /** The records of a file as jwarc reads them, bodies consumed. */
  static List<WarcRecord> records(Path file) throws Exception {
    List<WarcRecord> records = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord r : reader) {
        records.add(r);
      }
    }
    return records;
  }

  private static String letters(Random random, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }
}
