package dev.storyline.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC/1.1 records as gzip members, ready to append to a .warc.gz file. */
final class WarcRecords {

  /** Headers that described the body as sent; the stored body is decoded, so they are rewritten. */
  private static final Set<String> REWRITTEN = Set.of("content-encoding", "transfer-encoding", "content-length");

  private static final String CONFORMS_TO =
      "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/";

  private WarcRecords() {}

  /**
   * A 'response' record of the exchange. The status line says HTTP/1.1 whatever the version spoken,
   * as other crawlers do for HTTP/2, since replay tools parse only HTTP/1.x messages.
   */
  static byte[] response(Exchange e) throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(e.status()).append(' ').append(e.reason()).append("\r\n");
    for (Map.Entry<String, String> h : e.headers()) {
      if (!REWRITTEN.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      }
    }
    head.append("Content-Length: ").append(e.body().length).append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] http = new byte[headBytes.length + e.body().length];
    System.arraycopy(headBytes, 0, http, 0, headBytes.length);
    System.arraycopy(e.body(), 0, http, headBytes.length, e.body().length);
    WarcResponse.Builder record = new WarcResponse.Builder(e.url())
        .version(MessageVersion.WARC_1_1)
        // WARC/1.1 dates take a decimal fraction; milliseconds are what crawl clocks are good for
        .date(e.fetched().truncatedTo(ChronoUnit.MILLIS))
        .blockDigest(sha1(http))
        .payloadDigest(sha1(e.body()));
    if (e.ip() != null) {
      record.addHeader("WARC-IP-Address", e.ip());
    }
    return gzip(record.body(MediaType.HTTP_RESPONSE, http).build());
  }

  /** The 'warcinfo' record that opens a file, naming it and Storyline. */
  static byte[] warcinfo(String filename, Instant date) throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("Storyline"));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put("conformsTo", List.of(CONFORMS_TO));
    return gzip(new Warcinfo.Builder()
        .version(MessageVersion.WARC_1_1)
        .date(date.truncatedTo(ChronoUnit.SECONDS))
        .filename(filename)
        .fields(fields)
        .build());
  }

  private static byte[] gzip(WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      writer.write(record);
    }
    return out.toByteArray();
  }

  private static WarcDigest sha1(byte[] bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      digest.update(bytes);
      return new WarcDigest(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}
