package dev.storyline.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.Inflater;

/** A file read forward from an offset through a buffer, byte by byte or into an inflater. */
final class FileInput {

  /** File bytes read at a time when reading on: large enough to keep reads few, small beside a record. */
  static final int BUFFER_BYTES = 64 * 1024;

  private final FileChannel file;
  private final long end;
  private final byte[] buf;
  private int pos;
  private int lim;
  private long bufOffset;

  /** Reads {@code file} from {@code start}, stopping at {@code end}, {@code bufferBytes} at a time. */
  FileInput(FileChannel file, long start, long end, int bufferBytes) {
    this.file = file;
    this.buf = new byte[bufferBytes];
    this.bufOffset = start;
    this.end = end;
  }

  /** The file offset of the next unread byte. */
  long position() {
    return bufOffset + pos;
  }

  /** Whether an unread byte is left, reading more from the file when none is buffered. */
  boolean fill() throws IOException {
    if (pos < lim) {
      return true;
    }
    bufOffset += lim;
    pos = 0;
    lim = 0;
    int want = (int) Math.min(buf.length, end - bufOffset);
    while (lim < want) {
      int n = file.read(ByteBuffer.wrap(buf, lim, want - lim), bufOffset + lim);
      if (n < 0) {
        break;
      }
      lim += n;
    }
    return lim > 0;
  }

  /** The next byte, unsigned. */
  int next() throws IOException {
    if (!fill()) {
      throw new EOFException();
    }
    return buf[pos++] & 0xff;
  }

  /** The next four bytes as a little-endian unsigned number, as gzip stores them. */
  long nextInt() throws IOException {
    return next() | next() << 8 | next() << 16 | (long) next() << 24;
  }

  /** Gives the inflater the buffered bytes; false at the end of the input. */
  boolean feed(Inflater inflater) throws IOException {
    if (!fill()) {
      return false;
    }
    inflater.setInput(buf, pos, lim - pos);
    return true;
  }

  /** Takes back what the inflater left unused of the bytes it was fed. */
  void consumed(Inflater inflater) {
    pos = lim - inflater.getRemaining();
  }
}
