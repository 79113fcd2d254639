package dev.storyline.bench;

import java.util.Arrays;

/** How the benchmarks time a system: whole warm-up passes first, then the median of timed passes. */
public final class Timing {

  private Timing() {}

  /**
   * Whole passes over a set of {@code size} records that warm a system on at least {@code records}
   * records (the JIT needs some thousand calls); at least one, also for an empty set.
   */
  public static int warmUpPasses(int records, int size) {
    return size == 0 ? 1 : Math.max(1, (records + size - 1) / size);
  }

  /** The median of timed passes, so that one pass the machine disturbed does not count. */
  public static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
