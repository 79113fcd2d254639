package dev.storyline.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The inflated content of a run of gzip members (RFC 1952) in a file, read from a given offset. It
 * knows where each member starts, so that a record can be named by the offset of its member and
 * reading can resume at the next member when one is broken. One read never crosses from one member
 * into the next, and {@link #stopAtRecords} stops reading before a member that starts a record.
 */
final class GzipMembers implements ReadableByteChannel {

  /**
   * Longest file name or comment accepted in a member header; RFC 1952 sets no limit, but these are
   * file names and short remarks, and a longer one is taken as corruption.
   */
  static final int MAX_NAME_BYTES = 64 * 1024;

  /**
   * File bytes read at a time when only one member's start is wanted: its header and first line
   * fit, and a run of small members is not read over and over in large blocks.
   */
  static final int ONE_MEMBER_BUFFER_BYTES = 4 * 1024;

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final FileChannel file;
  private final long end;
  private final boolean oneMember;
  private final FileInput in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private boolean inMember;
  private boolean stopAtRecords;
  private BrokenMember broken;
  private long memberStart;
  private long produced;
  private final MemberStarts starts = new MemberStarts();

  /** Reads the members found in {@code file} from {@code start} up to {@code end}. */
  GzipMembers(FileChannel file, long start, long end) {
    this(file, start, end, false);
  }

  private GzipMembers(FileChannel file, long start, long end, boolean oneMember) {
    this.file = file;
    this.in = new FileInput(file, start, end, oneMember ? ONE_MEMBER_BUFFER_BYTES : FileInput.BUFFER_BYTES);
    this.end = end;
    this.oneMember = oneMember;
  }

  /** Reads only the member at {@code start}, within {@code end}. */
  static GzipMembers one(FileChannel file, long start, long end) {
    return new GzipMembers(file, start, end, true);
  }

  /**
   * While set, reading stops before a member whose content starts like a record: inside a record
   * that means its declared length is wrong, and the record there is worth more than the rest of
   * the wrong one. Members that merely continue a record are read on.
   */
  void stopAtRecords(boolean stop) {
    this.stopAtRecords = stop;
  }

  /** The file offset of the member holding inflated byte {@code at}; older members are forgotten. */
  long memberOf(long at) {
    return starts.offsetOf(at, filePosition());
  }

  /** Whether a member starts exactly at inflated byte {@code at}. */
  boolean memberStartsAt(long at) {
    return starts.startsAt(at);
  }

  /** The file offset of the first byte not yet consumed. */
  long filePosition() {
    return in.position();
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (broken != null) {
      throw broken;
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    try {
      return inflateMembers(dst);
    } catch (BrokenMember e) {
      broken = e;
      throw e;
    } catch (java.io.EOFException e) {
      broken = new BrokenMember(memberStart, "cut short");
      throw broken;
    }
  }

  private int inflateMembers(ByteBuffer dst) throws IOException {
    while (true) {
      if (!inMember) {
        if (oneMember && !starts.isEmpty() || !in.fill() || stopAtRecords && startsRecord(filePosition())) {
          return -1;
        }
        startMember();
      }
      int n = inflate(dst);
      if (inflater.finished()) {
        finishMember();
      }
      if (n > 0) {
        return n;
      }
    }
  }

  private boolean startsRecord(long member) throws IOException {
    byte[] head = RecordStarts.memberHead(file, end, member);
    return RecordSignature.looksLikeRecord(head, 0, head.length);
  }

  private void startMember() throws IOException {
    memberStart = filePosition();
    if (in.next() != 0x1f || in.next() != 0x8b || in.next() != 8) {
      throw BrokenMember.junk(memberStart);
    }
    int flags = in.next();
    skip(6); // modification time, extra flags, operating system
    if ((flags & FEXTRA) != 0) {
      skip(in.next() | in.next() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
    inMember = true;
    starts.add(produced, memberStart);
  }

  private int inflate(ByteBuffer dst) throws IOException {
    int before = dst.position();
    try {
      while (dst.position() == before && !inflater.finished()) {
        if (inflater.needsDictionary()) {
          throw new BrokenMember(memberStart, "preset dictionary");
        }
        if (inflater.needsInput() && !in.feed(inflater)) {
          throw new BrokenMember(memberStart, "cut short");
        }
        inflater.inflate(dst);
        in.consumed(inflater);
      }
    } catch (DataFormatException e) {
      throw new BrokenMember(memberStart, String.valueOf(e.getMessage()));
    }
    int n = dst.position() - before;
    crc.update(dst.duplicate().position(before).limit(before + n));
    produced += n;
    return n;
  }

  private void finishMember() throws IOException {
    if (in.nextInt() != crc.getValue() || in.nextInt() != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new BrokenMember(memberStart, "checksum or length does not match");
    }
    inMember = false;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      in.next();
    }
  }

  private void skipZeroTerminated() throws IOException {
    for (int i = 0; in.next() != 0; i++) {
      if (i >= MAX_NAME_BYTES) {
        throw new BrokenMember(memberStart, "header name longer than " + MAX_NAME_BYTES + " bytes");
      }
    }
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public void close() {
    inflater.end();
  }
}
