package dev.storyline.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * The channel jwarc reads from: it refuses to hand over more than a budget of bytes, so that a
 * hostile record header cannot grow jwarc's unbounded header buffer, and it fails instead of
 * answering end-of-stream again and again, so that jwarc's trailer recovery cannot spin.
 */
final class GuardedChannel implements ReadableByteChannel {

  /**
   * How often end-of-stream is answered before reads fail: a reader asks two or three times at the
   * end (trailer, then the next header); jwarc 0.31.1's trailer recovery asks forever.
   */
  static final int MAX_READS_AT_END = 8;

  private final ReadableByteChannel source;
  private long budget = Long.MAX_VALUE;
  private int readsAtEnd;

  GuardedChannel(ReadableByteChannel source) {
    this.source = source;
  }

  /** Allows the next reads at most {@code bytes} bytes in all. */
  void budget(long bytes) {
    budget = bytes;
  }

  /** Lifts the budget. */
  void unlimited() {
    budget = Long.MAX_VALUE;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (readsAtEnd >= MAX_READS_AT_END) {
      throw new IOException("read again and again past the end");
    }
    if (budget <= 0 && dst.hasRemaining()) {
      throw new IOException("record header longer than " + ArchiveReader.MAX_HEADER_BYTES + " bytes");
    }
    int limit = dst.limit();
    if (dst.remaining() > budget) {
      dst.limit(dst.position() + (int) budget);
    }
    int n;
    try {
      n = source.read(dst);
    } finally {
      dst.limit(limit);
    }
    if (n < 0) {
      readsAtEnd++;
    } else {
      budget -= n;
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return source.isOpen();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
