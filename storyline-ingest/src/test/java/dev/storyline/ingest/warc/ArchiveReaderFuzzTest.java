package dev.storyline.ingest.warc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.ingest.IngestException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Any bytes, read as an archive file, give a report or an IngestException; nothing else, and no hang. */
class ArchiveReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] data) throws Exception {
    Path file = Files.createTempFile("fuzz", ".warc");
    try {
      Files.write(file, data);
      ArchiveReader.read(file, page -> {});
    } catch (IngestException expected) {
      // not an archive at all
    } finally {
      Files.delete(file);
    }
  }
}
