package dev.storyline.ingest.warc;

import java.util.ArrayDeque;

/** Where recent gzip members started, counted both in inflated bytes and in file offsets. */
final class MemberStarts {

  /**
   * Member starts remembered, for naming records by offset; a record header lies within the last
   * few, unless members are a few bytes each, which no writer makes.
   */
  static final int MAX_TRACKED = 4096;

  /** {inflated bytes before the member, file offset of the member}, oldest first. */
  private final ArrayDeque<long[]> starts = new ArrayDeque<>();

  void add(long inflated, long offset) {
    starts.addLast(new long[] {inflated, offset});
    if (starts.size() > MAX_TRACKED) {
      starts.removeFirst();
    }
  }

  boolean isEmpty() {
    return starts.isEmpty();
  }

  /**
   * The file offset of the member holding inflated byte {@code at}, or {@code otherwise} when none
   * is known; members before it are forgotten.
   */
  long offsetOf(long at, long otherwise) {
    while (starts.size() > 1) {
      long[] first = starts.removeFirst();
      if (starts.getFirst()[0] > at) {
        starts.addFirst(first);
        break;
      }
    }
    return starts.isEmpty() ? otherwise : starts.getFirst()[1];
  }

  /** Whether a member starts exactly at inflated byte {@code at}. */
  boolean startsAt(long at) {
    for (long[] s : starts) {
      if (s[0] == at) {
        return true;
      }
    }
    return false;
  }
}
