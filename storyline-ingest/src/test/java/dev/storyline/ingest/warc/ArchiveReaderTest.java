package dev.storyline.ingest.warc;

import static dev.storyline.ingest.warc.WarcBytes.ascii;
import static dev.storyline.ingest.warc.WarcBytes.concat;
import static dev.storyline.ingest.warc.WarcBytes.gzip;
import static dev.storyline.ingest.warc.WarcBytes.http;
import static dev.storyline.ingest.warc.WarcBytes.record;
import static dev.storyline.ingest.warc.WarcBytes.response;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.ingest.IngestException;
import dev.storyline.ingest.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

  private static final byte[] PAGE = ascii("<html><body><p>The harbour reopened on Monday.</p></body></html>");

  @TempDir Path dir;

  @Test
  void readsChunkedGzippedResponseFromPlainWarc() throws Exception {
    byte[] gz = gzip(PAGE);
    int half = gz.length / 2;
    byte[] chunked = concat(
        ascii(Integer.toHexString(half) + "\r\n"), java.util.Arrays.copyOfRange(gz, 0, half), ascii("\r\n"),
        ascii(Integer.toHexString(gz.length - half) + ";ext=1\r\n"), java.util.Arrays.copyOfRange(gz, half, gz.length),
        ascii("\r\n0\r\n\r\n"));
    byte[] http = concat(ascii("HTTP/1.1 200 OK\r\n"
        + "Content-Type: text/html; charset=utf-8\r\n"
        + "Transfer-Encoding: chunked\r\n"
        + "Content-Encoding: gzip\r\n"
        + "\r\n"), chunked);
    Path file = write("chunked.warc", response("https://news.example/harbour", http));

    List<Page> pages = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, pages::add);

    assertThat(report).isEqualTo(new ArchiveReport(file.toString(), 1, 1, 0, List.of()));
    Page page = pages.get(0);
    assertThat(page.url()).isEqualTo("https://news.example/harbour");
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(page.fetched()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
    assertThat(page.body()).isEqualTo(PAGE);
  }

  @Test
  void readsHandWrittenArcPlainAndGzipped() throws Exception {
    byte[] arc;
    try (InputStream in = getClass().getResourceAsStream("one-page.arc")) {
      arc = in.readAllBytes();
    }
    for (Path file : List.of(write("one-page.arc", arc), write("one-page.arc.gz", gzip(arc)))) {
      List<Page> pages = new ArrayList<>();
      ArchiveReport report = ArchiveReader.read(file, pages::add);

      assertThat(report.records()).as(file.toString()).isEqualTo(2); // the file description and the page
      assertThat(report.skipped()).isZero();
      assertThat(report.warnings()).isEmpty();
      assertThat(pages).singleElement().satisfies(page -> {
        assertThat(page.url()).isEqualTo("http://news.example/harbour");
        assertThat(page.fetched()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(page.body(), ISO_8859_1)).contains("The harbour reopened on Monday.");
      });
    }
  }

  @Test
  void handsOnOnlySuccessfulHtmlResponsesAndHtmlResources() throws Exception {
    Path file = write("mixed.warc", concat(
        record("warcinfo", null, "application/warc-fields", ascii("software: test\r\n")),
        response("https://news.example/missing", http(404, "text/html", PAGE)),
        response("https://news.example/moved", http(301, "text/html", PAGE)),
        response("https://news.example/logo.png", http(200, "image/png", ascii("\u0089PNG"))),
        response("https://news.example/untyped", http(200, null, PAGE)),
        response("https://news.example/xhtml", http(200, "application/xhtml+xml", PAGE)),
        record("resource", "https://news.example/saved", "text/html", PAGE),
        record("resource", "https://news.example/notes.txt", "text/plain", PAGE),
        record("request", "https://news.example/", "application/http; msgtype=request", ascii("GET / HTTP/1.1\r\n\r\n")),
        record("response", "dns:news.example", "text/dns", ascii("news.example. 60 IN A 192.0.2.7\r\n"))));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/untyped", "https://news.example/xhtml", "https://news.example/saved");
    assertThat(report.records()).isEqualTo(10);
    assertThat(report.skipped()).isZero();
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void truncatedGzipCopyYieldsEarlierPagesAndOneCountedWarning() throws Exception {
    Path whole;
    try (ArchiveWriter writer = new ArchiveWriter(dir.resolve("w"), ArchiveWriter.ROTATE_BYTES)) {
      for (int i = 0; i < 3; i++) {
        writer.write(WarcBytes.exchange("https://news.example/" + i, 200, "text/html", "<p>" + "story ".repeat(400) + i + "</p>"));
      }
      whole = writer.files().get(0);
    }
    long last = lastRecordOffset(whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = write("cut.warc.gz", java.util.Arrays.copyOf(bytes, (int) (last + (bytes.length - last) / 2)));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(cut, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/0", "https://news.example/1");
    assertThat(report.records()).isEqualTo(4);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.warnings()).singleElement().asString()
        .startsWith(cut + ": record 4 at offset " + last + ": ");
  }

  @Test
  void truncatedPlainCopyYieldsEarlierPagesAndOneCountedWarning() throws Exception {
    byte[] first = response("https://news.example/0", http(200, "text/html", PAGE));
    byte[] second = response("https://news.example/1", http(200, "text/html", PAGE));
    Path cut = write("cut.warc", concat(first, java.util.Arrays.copyOf(second, second.length - 30))); // in the body

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(cut, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/0");
    assertThat(report.records()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.warnings()).singleElement().asString()
        .startsWith(cut + ": record 2 at offset " + first.length + ": ");
  }

  @Test
  void recordDeclaredLongerThanTheFileIsCountedWithoutBeingRead() throws Exception {
    byte[] first = response("https://news.example/0", http(200, "text/html", PAGE));
    Path cut = write("cut.warc", concat(first, ascii("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 5000\r\n\r\nabc")));

    ArchiveReport report = ArchiveReader.read(cut, p -> {});

    assertThat(report.records()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.warnings()).singleElement().asString()
        .isEqualTo(cut + ": record 2 at offset " + first.length + ": declared length 5000 runs past the end of the file");
  }

  @Test
  void fileCutInsideARecordHeaderCountsThatRecord() throws Exception {
    byte[] first = response("https://news.example/0", http(200, "text/html", PAGE));
    Path cut = write("cut.warc", concat(first, ascii("WARC/1.0\r\nWARC-Type: resp")));

    ArchiveReport report = ArchiveReader.read(cut, p -> {});

    assertThat(report.records()).isEqualTo(2);
    assertThat(report.pages()).isEqualTo(1);
    assertThat(report.warnings()).singleElement().asString()
        .isEqualTo(cut + ": record 2 at offset " + first.length + ": unreadable record header: file ends inside it");
  }

  @Test
  void recordWithAnOverlongDeclaredLengthIsSkippedAndTheRecordsItSwallowedAreFound() throws Exception {
    byte[] good = response("https://news.example/a", http(200, "text/html", PAGE));
    byte[] liar = ascii("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/liar\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n");
    byte[] after = response("https://news.example/b", http(200, "text/html", PAGE));
    Path file = write("liar.warc", concat(good, liar, after));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/a", "https://news.example/b");
    assertThat(report.records()).isEqualTo(3);
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void brokenGzipMemberIsSkippedAndTheNextMembersRead() throws Exception {
    byte[] a = gzip(response("https://news.example/a", http(200, "text/html", PAGE)));
    byte[] b = gzip(response("https://news.example/b", http(200, "text/html", PAGE)));
    byte[] c = gzip(response("https://news.example/c", http(200, "text/html", PAGE)));
    for (int i = 20; i < b.length - 10; i++) {
      b[i] = (byte) 0xff; // deflate data destroyed, header intact
    }
    Path file = write("broken.warc.gz", concat(a, b, c));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/a", "https://news.example/c");
    assertThat(report.records()).isEqualTo(3);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.warnings()).singleElement().asString().contains("at offset " + a.length + ": broken gzip member");
  }

  @Test
  void payloadOverTheLimitIsSkippedWithAWarning() throws Exception {
    byte[] big = new byte[ArchiveReader.MAX_PAGE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    Path file = write("big.warc.gz", concat(
        gzip(response("https://news.example/big", http(200, "text/html", big))),
        gzip(response("https://news.example/small", http(200, "text/html", PAGE)))));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/small");
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.warnings()).singleElement().asString().endsWith("payload larger than 10485760 bytes");
  }

  @Test
  void headerOverTheBudgetIsSkippedWithoutExhaustingTheHeap() throws Exception {
    String huge = "X-Filler: " + "a".repeat(4 * ArchiveReader.MAX_HEADER_BYTES) + "\r\n";
    byte[] bloated = ascii("WARC/1.0\r\nWARC-Type: resource\r\n" + huge + "Content-Length: 0\r\n\r\n\r\n\r\n");
    Path file = write("bloated.warc", concat(bloated, record("resource", "https://news.example/a", "text/html", PAGE)));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/a");
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.warnings()).singleElement().asString().contains("record header longer than 262144 bytes");
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void newlinesAfterTheLastRecordDoNotMakeReadingSpin() throws Exception {
    // jwarc 0.31.1's trailer recovery re-reads a stale buffer forever once the file ends in newlines
    Path file = write("newlines.warc", concat(
        ascii("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://news.example/a\r\n"
            + "Content-Type: text/html\r\nContent-Length: " + PAGE.length + "\r\n\r\n"),
        PAGE, ascii("\n".repeat(20_000))));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/a");
    assertThat(report.warnings()).isNotEmpty();
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void endlessLineBreaksBetweenRecordsAreLeftBehind() throws Exception {
    Path file = write("breaks.warc", concat(
        ascii("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 0\r\n\r\n"),
        ascii("\n".repeat(2 * ArchiveReader.MAX_HEADER_BYTES)), // jwarc skips these after a bad trailer
        record("resource", "https://news.example/a", "text/html", PAGE)));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/a");
    assertThat(report.records()).isEqualTo(2);
    assertThat(report.skipped()).isZero();
    assertThat(report.warnings()).anyMatch(w -> w.contains("record 1 at offset 0: unreadable end of record"));
  }

  @Test
  void malformedFieldsAreCountedNotThrown() throws Exception {
    Path file = write("fields.warc", concat(
        ascii("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 99999999999999999999999\r\n\r\nx\r\n\r\n"),
        ascii("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx\r\n\r\n"),
        ascii("WARC/1.0\r\nContent-Length: 1\r\n\r\nx\r\n\r\n"),
        ascii("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 1\r\n\r\nx\r\n\r\n"),
        record("resource", "https://news.example/a", "text/html", PAGE)));

    List<String> urls = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(file, p -> urls.add(p.url()));

    assertThat(urls).containsExactly("https://news.example/a");
    assertThat(report.records()).isEqualTo(5);
    assertThat(report.skipped()).isEqualTo(3);
    assertThat(report.warnings()).hasSize(3).allMatch(w -> w.matches(".*: record \\d at offset \\d+: .+"));
  }

  @Test
  void randomBytesGiveIngestExceptionOrAReportWithWarnings() throws Exception {
    long seed = System.nanoTime();
    System.out.println("randomBytesGiveIngestExceptionOrAReportWithWarnings seed " + seed);
    Random random = new Random(seed);
    byte[][] openings = {
      {}, ascii("WARC/1.0\r\n"), {0x1f, (byte) 0x8b, 8, 0}, ascii("filedesc://x.arc 0.0.0.0 20240506070809 text/plain 3\n")
    };
    for (int i = 0; i < 400; i++) {
      byte[] noise = new byte[1 + random.nextInt(4096)];
      random.nextBytes(noise);
      Path file = write("noise.warc", concat(openings[i % openings.length], noise));
      try {
        ArchiveReport report = ArchiveReader.read(file, p -> {});
        assertThat(report.warnings()).as("seed %d, input %d", seed, i).isNotEmpty();
      } catch (IngestException e) {
        assertThat(e).hasMessageStartingWith(file + ": ");
      }
    }
  }

  @Test
  void damagedArchivesNeverThrowAnythingButIngestException() throws Exception {
    long seed = System.nanoTime();
    System.out.println("damagedArchivesNeverThrowAnythingButIngestException seed " + seed);
    Random random = new Random(seed);
    byte[] plain = concat(
        record("warcinfo", null, "application/warc-fields", ascii("software: test\r\n")),
        response("https://news.example/a", http(200, "text/html", PAGE)),
        record("resource", "https://news.example/b", "text/html", PAGE),
        response("https://news.example/c", http(200, "text/html", gzip(PAGE))));
    byte[] members = concat(gzip(plain), gzip(response("https://news.example/d", http(200, null, PAGE))));
    for (int i = 0; i < 400; i++) {
      byte[] bytes = (i % 2 == 0 ? plain : members).clone();
      for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      Path file = write("damaged.warc", java.util.Arrays.copyOf(bytes, bytes.length - random.nextInt(bytes.length / 4)));
      try {
        ArchiveReport report = ArchiveReader.read(file, p -> {});
        assertThat(report.pages()).as("seed %d, input %d", seed, i).isLessThanOrEqualTo(4);
      } catch (IngestException e) {
        assertThat(e).hasMessage(file + ": not a WARC or ARC file");
      }
    }
  }

  @Test
  void emptyFileIsAnEmptyArchive() throws Exception {
    Path file = write("empty.warc", new byte[0]);
    assertThat(ArchiveReader.read(file, p -> {})).isEqualTo(new ArchiveReport(file.toString(), 0, 0, 0, List.of()));
  }

  @Test
  void refusesFilesThatAreNotArchivesAtAll() throws Exception {
    Path text = write("notes.warc", ascii("Dear diary,\r\nWARC/1.0 is a format.\r\n"));
    Path gzippedText = write("notes.warc.gz", gzip(ascii("Dear diary.\n")));
    assertThatThrownBy(() -> ArchiveReader.read(text, p -> {}))
        .isInstanceOf(IngestException.class).hasMessage(text + ": not a WARC or ARC file");
    assertThatThrownBy(() -> ArchiveReader.read(gzippedText, p -> {}))
        .isInstanceOf(IngestException.class).hasMessage(gzippedText + ": not a WARC or ARC file");
  }

  @Test
  void refusesMissingFilesAndFolders() {
    Path missing = dir.resolve("nope.warc");
    assertThatThrownBy(() -> ArchiveReader.read(missing, p -> {})).hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> ArchiveReader.read(dir, p -> {})).hasMessage(dir + ": not a regular file");
  }

  @Test
  void sinkExceptionsPassThrough() throws Exception {
    Path file = write("one.warc", record("resource", "https://news.example/a", "text/html", PAGE));
    assertThatThrownBy(() -> ArchiveReader.read(file, p -> {
      throw new IllegalStateException("sink full");
    })).isInstanceOf(IllegalStateException.class).hasMessage("sink full");
  }

  @Test
  void tellsArchivesByName() {
    assertThat(List.of("a.warc", "a.WARC.GZ", "a.arc", "b.Arc.gz", "c.warc.gz"))
        .allMatch(n -> ArchiveReader.isArchive(Path.of(n)));
    assertThat(List.of("a.warc.gz.bad", "a.gz", "a.html", "warc", "a.warcx", "a.wacz"))
        .noneMatch(n -> ArchiveReader.isArchive(Path.of(n)));
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static long lastRecordOffset(Path file) throws Exception {
    long last = -1;
    try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
      while (reader.next().isPresent()) {
        last = reader.position();
      }
    }
    return last;
  }
}
