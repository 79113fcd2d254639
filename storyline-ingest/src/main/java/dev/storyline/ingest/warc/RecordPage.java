package dev.storyline.ingest.warc;

import dev.storyline.ingest.Page;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/** The page a record holds, if it holds one. */
final class RecordPage {


  private RecordPage() {}

  /**
   * The page in a record: a successful HTML response, or an HTML resource; null for any other
   * record. Reading goes through {@code channel} so that the HTTP header stays within budget.
   *
   * @throws IOException for a record too broken to read, or a payload over the size limit
   */
  static Page of(WarcRecord record, GuardedChannel channel) throws IOException {
    if (record instanceof WarcResponse response) {
      return response(response, channel);
    }
    if (record instanceof WarcResource resource && !isArc(record)) {
      String type = resource.headers().first("Content-Type").orElse(null);
      return type != null && Page.isHtml(type) ? new Page(url(resource), type, payload(resource.body()), date(record)) : null;
    }
    return null;
  }

  private static Page response(WarcResponse record, GuardedChannel channel) throws IOException {
    if (!record.contentType().base().equals(MediaType.HTTP)) {
      return null;
    }
    String url = url(record);
    String scheme = url.toLowerCase(Locale.ROOT);
    if (isArc(record) && !scheme.startsWith("http://") && !scheme.startsWith("https://")) {
      return null;
    }
    channel.budget(ArchiveReader.MAX_HEADER_BYTES);
    HttpResponse http = record.http();
    channel.unlimited();
    String type = http.headers().first("Content-Type").orElse(null);
    if (http.status() != 200 || !Page.isHtml(type)) {
      return null;
    }
    return new Page(url, type, payload(http.bodyDecoded()), date(record));
  }

  private static String url(WarcTargetRecord record) throws IOException {
    if (record.headers().all("WARC-Target-URI").size() != 1) {
      throw new IOException("no single WARC-Target-URI");
    }
    return record.target();
  }

  private static byte[] payload(MessageBody body) throws IOException {
    InputStream in = body.stream();
    byte[] bytes = in.readNBytes(ArchiveReader.MAX_PAGE_BYTES + 1);
    if (bytes.length > ArchiveReader.MAX_PAGE_BYTES) {
      throw new IOException("payload larger than " + ArchiveReader.MAX_PAGE_BYTES + " bytes");
    }
    return bytes;
  }

  /** The record's date, or null when it is missing or unreadable: the page is still worth having. */
  private static Instant date(WarcRecord record) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isArc(WarcRecord record) {
    return record.version().getProtocol().equals("ARC");
  }
}
