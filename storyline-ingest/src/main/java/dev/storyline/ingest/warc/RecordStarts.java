package dev.storyline.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** Finds where records start in one file: at its head, and again after a broken record. */
final class RecordStarts {

  /** File bytes examined per read while looking for the next record. */
  static final int SCAN_BYTES = 64 * 1024;

  /**
   * Compressed bytes a gzip member may take to show the start of its record: the header fields
   * allow 64 KB twice over, and the first 16 KB of a record rarely deflate to more than that.
   */
  static final long SNIFF_INPUT_BYTES = 256 * 1024;

  /**
   * Places that look like a gzip member but hold no record, tolerated per file. The magic bytes
   * occur by chance once in 16 MB of compressed data, and damaged files show a handful; thousands
   * mean crafted input, and stopping there bounds the sniffing at 4096 times 256 KB.
   */
  static final int MAX_FALSE_STARTS = 4096;

  private final FileChannel file;
  private final long size;
  private final boolean gzip;
  private int falseStarts;

  /** The record starts of {@code file}, gzip when it begins with the gzip magic number. */
  RecordStarts(FileChannel file) throws IOException {
    this.file = file;
    this.size = file.size();
    byte[] magic = new byte[2];
    this.gzip = readAt(file, 0, magic) == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
  }

  boolean gzip() {
    return gzip;
  }

  long size() {
    return size;
  }

  /** Where the first record starts: 0 when the file opens like an archive, else the first gzip member holding a record; -1 when none does. */
  long first() throws IOException {
    return RecordSignature.opensArchive(head(0)) ? 0 : gzip ? next(1) : -1;
  }

  /** The first record start at or after {@code from}: a gzip member, or a line start in a plain file; -1 if none. */
  long next(long from) throws IOException {
    return gzip ? nextMember(from) : nextLine(from);
  }

  /** The first bytes of content at {@code at}, inflated from one member when the file is gzip. */
  byte[] head(long at) throws IOException {
    if (gzip) {
      return memberHead(file, size, at);
    }
    byte[] b = new byte[RecordSignature.MAX_ARC_LINE];
    return Arrays.copyOf(b, readAt(file, at, b));
  }

  /** The first bytes inflated from the gzip member at {@code at}; fewer when it is short or damaged. */
  static byte[] memberHead(FileChannel file, long size, long at) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(RecordSignature.MAX_ARC_LINE);
    try (GzipMembers in = GzipMembers.one(file, at, Math.min(size, at + SNIFF_INPUT_BYTES))) {
      while (buf.hasRemaining() && in.read(buf) >= 0) {
        // until the buffer is full or the member ends
      }
    } catch (BrokenMember e) {
      // what was inflated before the damage still shows whether a record started here
    }
    return Arrays.copyOf(buf.array(), buf.position());
  }

  private long nextLine(long from) throws IOException {
    byte[] w = new byte[SCAN_BYTES + RecordSignature.MAX_ARC_LINE];
    long at = from;
    while (at < size) {
      long start = Math.max(0, at - 1); // the byte before a candidate tells whether it starts a line
      int n = readAt(file, start, w);
      int first = (int) (at - start);
      if (n <= first) {
        return -1;
      }
      int stop = n < w.length ? n : n - RecordSignature.MAX_ARC_LINE;
      for (int i = first; i < stop; i++) {
        if ((start + i == 0 || w[i - 1] == '\n') && RecordSignature.looksLikeRecord(w, i, n - i)) {
          return start + i;
        }
      }
      at = start + stop;
    }
    return -1;
  }

  private long nextMember(long from) throws IOException {
    byte[] w = new byte[SCAN_BYTES];
    long at = from;
    while (at < size - 2) {
      int n = readAt(file, at, w);
      if (n < 3) {
        return -1;
      }
      for (int i = 0; i < n - 2; i++) {
        if ((w[i] & 0xff) == 0x1f && (w[i + 1] & 0xff) == 0x8b && w[i + 2] == 8) {
          byte[] head = memberHead(file, size, at + i);
          if (RecordSignature.looksLikeRecord(head, 0, head.length)) {
            return at + i;
          }
          if (++falseStarts > MAX_FALSE_STARTS) {
            throw new IOException("more than " + MAX_FALSE_STARTS + " places look like gzip members but hold no record");
          }
        }
      }
      at += n - 2;
    }
    return -1;
  }

  /** Reads into {@code b} from file offset {@code at} until it is full or the file ends. */
  static int readAt(FileChannel file, long at, byte[] b) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(b);
    while (buf.hasRemaining()) {
      if (file.read(buf, at + buf.position()) < 0) {
        break;
      }
    }
    return buf.position();
  }
}
