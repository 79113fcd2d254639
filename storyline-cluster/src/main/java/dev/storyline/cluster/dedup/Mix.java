package dev.storyline.cluster.dedup;

/** 64-bit hashing constants and the finaliser that spreads every input bit over every output bit. */
final class Mix {

  /** FNV-1a 64-bit offset basis and prime (Fowler, Noll and Vo; IETF draft-eastlake-fnv). */
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;

  /** Odd constant (2^64 divided by the golden ratio) that chains word hashes into a shingle hash. */
  static final long MULTIPLIER = 0x9e3779b97f4a7c15L;

  private Mix() {}

  /**
   * MurmurHash3's fmix64 (Appleby): a bijection in which each input bit flips each output bit with
   * probability close to one half, so that SimHash's 64 votes per shingle are independent coin
   * tosses. FNV alone leaves the low bits of similar words correlated.
   */
  static long finish(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
