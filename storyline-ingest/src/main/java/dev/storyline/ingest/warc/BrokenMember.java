package dev.storyline.ingest.warc;

import java.io.IOException;

/** A gzip member that cannot be inflated, being corrupt or cut short; or bytes that are not gzip at all. */
final class BrokenMember extends IOException {
  private static final long serialVersionUID = 1L;

  /** File offset of the member. */
  final long member;

  /** Whether the bytes there do not even start a member. */
  final boolean junk;

  BrokenMember(long member, String problem) {
    super("broken gzip member at offset " + member + ": " + problem);
    this.member = member;
    this.junk = false;
  }

  private BrokenMember(long member) {
    super("bytes that are not gzip at offset " + member);
    this.member = member;
    this.junk = true;
  }

  /** Bytes at {@code offset} that do not start a gzip member. */
  static BrokenMember junk(long offset) {
    return new BrokenMember(offset);
  }
}
