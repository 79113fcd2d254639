package dev.storyline.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;

/** A plain file read from an offset on, leaving the file open when closed. */
final class FileFrom implements ReadableByteChannel {
  private final FileChannel file;
  private long at;

  FileFrom(FileChannel file, long at) {
    this.file = file;
    this.at = at;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = file.read(dst, at);
    if (n > 0) {
      at += n;
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return file.isOpen();
  }

  @Override
  public void close() {
    // the file belongs to the reader that opened it
  }
}
