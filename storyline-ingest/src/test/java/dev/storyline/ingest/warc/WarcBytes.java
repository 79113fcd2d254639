package dev.storyline.ingest.warc;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds archive bytes for tests, every CRLF spelled out. */
final class WarcBytes {

  static final Instant DATE = Instant.parse("2024-05-06T07:08:09Z");

  private WarcBytes() {}

  /** A WARC/1.0 record: version line, fields, blank line, block, and the CRLF CRLF trailer. */
  static byte[] record(String type, String uri, String contentType, byte[] block) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Record-ID: <urn:uuid:").append(java.util.UUID.nameUUIDFromBytes(block)).append(">\r\n")
        .append("WARC-Date: 2024-05-06T07:08:09Z\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(block.length).append("\r\n\r\n");
    return concat(h.toString().getBytes(ISO_8859_1), block, "\r\n\r\n".getBytes(ISO_8859_1));
  }

  /** A 'response' record holding an HTTP response. */
  static byte[] response(String uri, byte[] http) {
    return record("response", uri, "application/http; msgtype=response", http);
  }

  /** An HTTP/1.1 response; a null content type leaves the header out. */
  static byte[] http(int status, String contentType, byte[] body) {
    StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Other").append("\r\n");
    if (contentType != null) {
      h.append("Content-Type: ").append(contentType).append("\r\n");
    }
    h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    return concat(h.toString().getBytes(ISO_8859_1), body);
  }

  static byte[] ascii(String s) {
    return s.getBytes(ISO_8859_1);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** The bytes as one gzip member. */
  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An exchange as a crawler would hand it over. */
  static Exchange exchange(String url, int status, String contentType, String body) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    if (contentType != null) {
      headers.add(Map.entry("Content-Type", contentType));
    }
    return new Exchange(url, DATE, "192.0.2.7", status, status == 200 ? "OK" : "Other", headers, body.getBytes(ISO_8859_1));
  }
}
