package dev.storyline.bench;

/**
 * The split of a benchmark set into a tuning half and a held-out half that tuning never looks at.
 * It hangs on a record's id alone, so it is the same on every machine, in every run and for every
 * benchmark.
 */
public final class HeldOut {

  private HeldOut() {}

  /** Whether the record with this id is in the held-out half. */
  public static boolean contains(String id) {
    int h = 0;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    return (Integer.rotateRight(h * 0x9E3779B9, 16) & 1) == 1;
  }
}
