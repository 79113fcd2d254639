package dev.storyline.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.ingest.IngestException;
import dev.storyline.ingest.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluation against the sample archives in /work/shared/datasets/warc (the warcio/pywb test
 * files), read in place. Record counts were found apart from the reader: "^WARC/1." lines in the
 * decompressed files, and for ARC the file description plus the "^http://" header lines; pages
 * are the 200 text/html responses and text/html resources among them.
 */
class SharedArchivesTest {

  private static Path folder;

  @BeforeAll
  static void findFolder() {
    // from storyline-ingest in a worktree /work/WT, the folder is /work/shared/datasets/warc
    folder = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("datasets/warc");
    assumeTrue(Files.isDirectory(folder), "sample archives not found at " + folder + "; skipping evaluation");
  }

  @ParameterizedTest
  @CsvSource({
    "example.warc,                        6, 1",
    "example.warc.gz,                     6, 1",
    "example.arc,                         2, 1",
    "example.arc.gz,                      2, 1",
    "example-digest.warc,                 4, 0", // four request records
    "example-iana.org-chunked.warc,       3, 1", // chunked response
    "example-resource.warc.gz,            3, 1", // the page is a text/html resource
    "post-test.warc.gz,                   6, 0", // the responses are application/json
    "example-space-in-target-uri.warc.gz, 2, 0", // the resource is image/png
  })
  void soundArchivesGiveEveryRecordAndSkipNone(String name, int records, int pages) throws Exception {
    List<Page> read = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(folder.resolve(name), read::add);

    assertThat(report.records()).isEqualTo(records);
    assertThat(report.pages()).isEqualTo(pages).isEqualTo(read.size());
    assertThat(report.skipped()).isZero();
    assertThat(report.warnings()).isEmpty();
    assertThat(read).allSatisfy(p -> {
      assertThat(p.url()).matches("https?://[^<> ]+");
      assertThat(p.fetched()).isNotNull();
      assertThat(p.body()).isNotEmpty();
    });
  }

  @ParameterizedTest
  @CsvSource({
    // a file description and three records whose lengths ("-1", "abc") or HTTP block ("\n") are broken
    "bad.arc,                      4, 0, 4",
    // the response declares two bytes fewer than it holds, cutting off the end of its gzip body
    "example-trunc.warc,           4, 0, 1",
    // a URL with spaces, which the five space-separated fields of an ARC v1 header cannot hold
    "example-space-in-url.arc,     2, 0, 1",
    // gzip members split records (header, body, trailer): readable, but its length is one byte short
    "example-wrong-chunks.warc.gz, 2, 1, 0",
  })
  void brokenArchivesCountTheirDamageAndNeverThrow(String name, int records, int pages, int skipped) throws Exception {
    ArchiveReport report = ArchiveReader.read(folder.resolve(name), p -> {});

    assertThat(report.records()).isEqualTo(records);
    assertThat(report.pages()).isEqualTo(pages);
    assertThat(report.skipped()).isEqualTo(skipped);
    assertThat(report.warnings()).isNotEmpty()
        .allMatch(w -> w.startsWith(folder.resolve(name) + ": record "));
  }

  @Test
  void wgetAngleBracketsAreNotPartOfTheUrl() throws Exception {
    List<String> urls = new ArrayList<>();
    ArchiveReader.read(folder.resolve("example-wget-bad-target-uri.warc.gz"), p -> urls.add(p.url()));
    assertThat(urls).containsExactly("http://example.com/");
  }

  @ParameterizedTest
  @CsvSource({
    // The whole file is one gzip member rather than one per record: every record is read, and the
    // deviation is warned of once (the second file also hides behind a .bad suffix).
    "example-bad-non-chunked.warc.gz,     6, 1, gzip member",
    "example-bad.warc.gz.bad,             6, 1, gzip member",
    // wget wrote WARC-Target-URI in angle brackets: read without them, warned of per record.
    "example-wget-bad-target-uri.warc.gz, 6, 1, angle brackets",
  })
  void readableDeviationsGiveEveryRecordWithCountedWarnings(String name, int records, int pages, String warning)
      throws Exception {
    List<Page> read = new ArrayList<>();
    ArchiveReport report = ArchiveReader.read(folder.resolve(name), read::add);
    assertThat(report.records()).isEqualTo(records);
    assertThat(report.pages()).isEqualTo(pages).isEqualTo(read.size());
    assertThat(report.skipped()).isZero();
    assertThat(report.warnings()).isNotEmpty().allMatch(w -> w.contains(warning));
  }

  @Test
  void licenceFileIsNotAnArchive() {
    Path licence = folder.resolve("LICENSE");
    assertThatThrownBy(() -> ArchiveReader.read(licence, p -> {}))
        .isInstanceOf(IngestException.class)
        .hasMessage(licence + ": not a WARC or ARC file");
  }
}
