package dev.storyline.ingest.warc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes exchanges as WARC/1.1 'response' records, each its own gzip member, to files
 * DIR/storyline-YYYYMMDDHHMMSS-NNNNN.warc.gz (UTC time the file was started, serial number within
 * this writer), each opened by a 'warcinfo' record naming Storyline. A new file is started when a
 * record would take the current one past the rotation size; a record larger than that gets a file
 * to itself. The Content-Encoding, Transfer-Encoding and Content-Length headers are rewritten to
 * match the stored, decoded body, so that the records replay. Thread-safe.
 */
public final class ArchiveWriter implements Closeable {

  /** 1 GB: the customary WARC file size of Heritrix and wget, small enough to copy and index. */
  public static final long ROTATE_BYTES = 1L << 30;

  /** Serial numbers have five digits in the file name. */
  static final int MAX_SERIAL = 99_999;

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long rotateBytes;
  private final List<Path> files = new ArrayList<>();
  private FileChannel out;
  private long written;
  private boolean holdsResponses;
  private int serial;
  private boolean closed;

  /**
   * A writer of files in {@code dir}, created if missing; no file is started before the first write.
   *
   * @throws IllegalArgumentException when {@code rotateBytes} is not positive
   */
  public ArchiveWriter(Path dir, long rotateBytes) throws IOException {
    if (rotateBytes <= 0) {
      throw new IllegalArgumentException("rotateBytes must be positive: " + rotateBytes);
    }
    this.dir = Objects.requireNonNull(dir, "dir");
    this.rotateBytes = rotateBytes;
    Files.createDirectories(dir);
  }

  /** Appends the exchange as one record. */
  public void write(Exchange e) throws IOException {
    byte[] record = WarcRecords.response(e); // compressing outside the lock lets crawler threads overlap
    synchronized (this) {
      if (closed) {
        throw new IOException(dir + ": archive writer is closed");
      }
      if (out == null || holdsResponses && written + record.length > rotateBytes) {
        startFile();
      }
      append(record);
      holdsResponses = true;
    }
  }

  /** The files written so far, in the order they were started. */
  public synchronized List<Path> files() {
    return List.copyOf(files);
  }

  /** Closes the current file; later writes fail. */
  @Override
  public synchronized void close() throws IOException {
    closed = true;
    closeFile();
  }

  private void startFile() throws IOException {
    closeFile();
    Instant now = Instant.now();
    while (true) {
      if (serial > MAX_SERIAL) {
        throw new IOException(dir + ": more than " + MAX_SERIAL + " archive files from one writer");
      }
      String name = "storyline-" + STAMP.format(now) + "-" + String.format("%05d", serial++) + ".warc.gz";
      Path path = dir.resolve(name);
      try {
        out = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException taken) {
        continue; // another writer started a file in the same second
      }
      files.add(path);
      written = 0;
      holdsResponses = false;
      append(WarcRecords.warcinfo(name, now));
      return;
    }
  }

  private void append(byte[] bytes) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    while (buf.hasRemaining()) {
      out.write(buf);
    }
    written += bytes.length;
  }

  private void closeFile() throws IOException {
    if (out != null) {
      FileChannel file = out;
      out = null;
      file.close();
    }
  }
}
