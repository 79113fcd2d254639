package dev.storyline.ingest.warc;

import static dev.storyline.ingest.warc.ArchiveCounts.problem;

import dev.storyline.ingest.Page;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * One reading of one archive: runs of records read with jwarc, each run ended by the end of the
 * file or by a record it cannot get past, after which the next record start is looked for.
 *
 * <p>jwarc reports malformed input through unchecked exceptions as well as IOException (a
 * NumberFormatException for an overlong Content-Length, IllegalArgumentException for a repeated
 * one, NoSuchElementException for a missing field), so both are caught around its calls, and only
 * there: the sink's exceptions pass.
 */
final class ArchiveScan {

  /** Newlines looked past for the start of a record; jwarc counts an ARC record's blank line as its own. */
  static final int MAX_LEADING_NEWLINES = 4;

  private static final String TRAILER = "invalid record trailer";

  private final FileChannel file;
  private final RecordStarts starts;
  private final long size;
  private final boolean gzip;
  private final Consumer<Page> sink;
  private boolean sharedMemberWarned;
  private final ArchiveCounts tally;
  /** File offset of the last record found, to name it in warnings. */
  private long offset;

  ArchiveScan(String origin, FileChannel file, RecordStarts starts, Consumer<Page> sink) {
    this.file = file;
    this.starts = starts;
    this.size = starts.size();
    this.gzip = starts.gzip();
    this.sink = sink;
    this.tally = new ArchiveCounts(origin);
  }

  /** Reads from the record starting at {@code first}; anything before it counts as one broken record. */
  ArchiveReport run(long first) {
    if (first > 0) {
      tally.record();
      tally.skip(0, "no readable record before offset " + first);
    }
    long at = first;
    try {
      while (at >= 0) {
        long from = run(at, gzip ? new GzipMembers(file, at, size) : null);
        // each run starts past the one before, so reading ends
        at = from < 0 ? -1 : starts.next(Math.max(from, at + 1));
      }
    } catch (IOException e) {
      tally.warn(offset, "cannot read further: " + problem(e));
    }
    return tally.report();
  }

  /**
   * Reads records from file offset {@code start} until the file ends (-1) or a record cannot be
   * got past; then returns the file offset from which to look for the next record.
   */
  private long run(long start, GzipMembers members) throws IOException {
    try (GuardedChannel channel = new GuardedChannel(members != null ? members : new FileFrom(file, start))) {
      channel.budget(ArchiveReader.MAX_HEADER_BYTES);
      WarcReader reader;
      try {
        reader = new WarcReader(channel);
      } catch (IOException | RuntimeException e) {
        tally.record();
        tally.skip(start, "unreadable record header: " + problem(e));
        return start + 1;
      }
      reader.setLenient(true);
      List<String> notes = new ArrayList<>();
      reader.onWarning(notes::add);
      long lastAt = -1;
      long lastEnd = 0;
      while (true) {
        channel.budget(ArchiveReader.MAX_HEADER_BYTES);
        if (members != null) {
          members.stopAtRecords(false);
        }
        notes.clear();
        WarcRecord record;
        try {
          record = reader.next().orElse(null);
        } catch (IOException | RuntimeException e) {
          notes.stream().filter(TRAILER::equals).forEach(note -> tally.warn(offset, note));
          long at = reader.position();
          return at == lastAt ? unreadableEnd(start, members, lastAt, lastEnd, e) : unreadable(start, members, at, e);
        }
        notes.stream().filter(TRAILER::equals).forEach(note -> tally.warn(offset, note));
        if (record == null) {
          return -1;
        }
        tally.record();
        long at = reader.position();
        offset = members != null ? members.memberOf(at) : plainOffset(start + at);
        notes.stream().filter(note -> !note.equals(TRAILER)).forEach(note -> tally.warn(offset, note));
        deviations(record, members, at);
        long length = record.body().size();
        lastAt = at;
        lastEnd = at + length;
        if (length < 0 || members == null && offset + length > size) {
          tally.skip(offset, "declared length " + length + " runs past the end of the file");
          return offset + 1;
        }
        if (members != null) {
          members.stopAtRecords(true);
        }
        long resume = read(record, channel, members);
        if (resume != 0) {
          return resume;
        }
      }
    }
  }

  /**
   * Warns of what the WARC standard forbids but a reader can live with: records sharing one gzip
   * member (WARC 1.1 annex D.2 asks for one member per record; said once per file) and a
   * WARC-Target-URI in angle brackets (written by wget before 1.20).
   */
  private void deviations(WarcRecord record, GzipMembers members, long at) {
    boolean warc = "WARC".equals(record.version().getProtocol()); // ARC has no such rule
    if (warc && members != null && !sharedMemberWarned && !members.memberStartsAt(at)) {
      sharedMemberWarned = true;
      tally.warn(offset, "record shares a gzip member with the one before (one member per record expected)");
    }
    String target = record.headers().first("WARC-Target-URI").orElse("");
    if (target.startsWith("<") && target.endsWith(">")) {
      tally.warn(offset, "WARC-Target-URI in angle brackets; read without them");
    }
  }

  /** Hands on the record's page if it holds one, then reads past it; 0 to go on, else where to resume. */
  private long read(WarcRecord record, GuardedChannel channel, GzipMembers members) {
    Page page = null;
    boolean counted = false;
    try {
      page = RecordPage.of(record, channel);
    } catch (IOException | RuntimeException e) {
      tally.skip(offset, problem(e));
      if (e instanceof BrokenMember broken) {
        return broken.member + 1;
      }
      counted = true;
    }
    channel.unlimited();
    if (page != null) {
      tally.page();
      sink.accept(page);
    }
    try {
      record.body().consume();
      return 0;
    } catch (IOException | RuntimeException e) {
      if (page != null) {
        tally.warn(offset, "ends early: " + problem(e));
      } else if (!counted) {
        tally.skip(offset, "truncated: " + problem(e));
      }
      if (e instanceof BrokenMember broken) {
        return broken.member + 1;
      }
      return members != null ? members.filePosition() : -1;
    }
  }

  /** jwarc could not read a record header at inflated position {@code at}. */
  private long unreadable(long start, GzipMembers members, long at, Exception e) throws IOException {
    if (e instanceof BrokenMember broken) {
      if (broken.junk) {
        tally.warn(offset, problem(e));
      } else {
        tally.record();
        offset = broken.member;
        tally.skip(offset, problem(e));
      }
      return broken.member + 1;
    }
    long found;
    boolean isRecord;
    if (members != null) {
      found = members.memberOf(at);
      isRecord = members.memberStartsAt(at);
    } else {
      found = plainOffset(start + at);
      byte[] head = starts.head(found);
      isRecord = RecordSignature.looksLikeRecord(head, 0, head.length);
    }
    if (isRecord) {
      tally.record();
      offset = found;
      tally.skip(offset, "unreadable record header: " + problem(e));
    } else {
      tally.warn(offset, "unreadable bytes after the record at offset " + found + ": " + problem(e));
    }
    return found + 1;
  }

  /** jwarc failed between the end of the record at {@code lastAt} and the next header. */
  private long unreadableEnd(long start, GzipMembers members, long lastAt, long lastEnd, Exception e) {
    tally.warn(offset, "unreadable end of record: " + problem(e));
    if (e instanceof BrokenMember broken) {
      return broken.member + 1;
    }
    // past the record's declared end, and in any case past its start, so that reading moves on
    return members != null ? members.memberOf(lastAt) + 1 : start + Math.max(lastEnd, lastAt + 1);
  }

  /** Where the record jwarc places at {@code at} in a plain file starts, past any blank lines. */
  private long plainOffset(long at) throws IOException {
    byte[] b = new byte[MAX_LEADING_NEWLINES];
    int n = RecordStarts.readAt(file, at, b);
    int i = 0;
    while (i < n && (b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
    return i < n ? at + i : at;
  }
}
