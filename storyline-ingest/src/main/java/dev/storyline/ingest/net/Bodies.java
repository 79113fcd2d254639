package dev.storyline.ingest.net;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/** Reads response bodies with their content codings removed and a cap on the bytes kept. */
final class Bodies {

  /**
   * Content codings stacked on one body. RFC 9110 allows a list; real servers send one, rarely two,
   * and more than three only serves to multiply a decompression bomb.
   */
  static final int MAX_CODINGS = 3;

  private static final int CHUNK = 16 * 1024;

  private Bodies() {}

  /** A body read up to a cap. */
  record Read(byte[] bytes, boolean truncated) {}

  /**
   * Wraps a raw body in decoders for a Content-Encoding header value (codings listed in the order
   * they were applied).
   *
   * @throws IOException for an unknown coding or too many of them
   */
  static InputStream decoded(InputStream raw, String contentEncoding) throws IOException {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return raw;
    }
    List<String> codings = new ArrayList<>();
    for (String c : contentEncoding.split(",")) {
      String t = c.trim().toLowerCase(Locale.ROOT);
      if (!t.isEmpty() && !t.equals("identity")) {
        codings.add(t);
      }
    }
    if (codings.size() > MAX_CODINGS) {
      throw new IOException("more than " + MAX_CODINGS + " content codings: " + contentEncoding);
    }
    InputStream in = raw;
    for (int i = codings.size() - 1; i >= 0; i--) {
      in = decoder(in, codings.get(i));
    }
    return in;
  }

  private static InputStream decoder(InputStream in, String coding) throws IOException {
    return switch (coding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(in, CHUNK);
      case "br" -> new BrotliInputStream(in);
      case "deflate" -> deflate(in);
      default -> throw new IOException("unsupported content coding: " + coding);
    };
  }

  /** "deflate" means zlib-wrapped (RFC 9110), but some servers send raw deflate; the first byte tells. */
  private static InputStream deflate(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, CHUNK);
    b.mark(1);
    int first = b.read();
    b.reset();
    boolean zlib = first >= 0 && (first & 0x0f) == 8;
    return new InflaterInputStream(b, new Inflater(!zlib), CHUNK);
  }

  /** Reads at most {@code cap} bytes; reports whether more were there. */
  static Read read(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 64 * 1024));
    byte[] buf = new byte[CHUNK];
    long kept = 0;
    while (true) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, cap - kept + 1));
      if (n < 0) {
        return new Read(out.toByteArray(), false);
      }
      if (kept + n > cap) {
        out.write(buf, 0, (int) (cap - kept));
        return new Read(out.toByteArray(), true);
      }
      out.write(buf, 0, n);
      kept += n;
    }
  }
}
