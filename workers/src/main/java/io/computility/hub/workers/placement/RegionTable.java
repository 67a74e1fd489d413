package io.computility.hub.workers.placement;

/**
 * A small per-decision memo from region code to an int (a latency, a yes/no): pools share few region codes, so a
 * decision computes each answer once per distinct region instead of once per pool. Open addressing keyed by the
 * code's cached hash, then identity, then equality; once {@value #MAX_ENTRIES} regions are remembered, further
 * ones are answered as misses, so the caller computes them every time. Not thread-safe.
 */
final class RegionTable {

  /** Returned by {@link #get} for a region not remembered. */
  static final int MISSING = Integer.MIN_VALUE;

  private static final int SLOTS = 64;
  private static final int MAX_ENTRIES = 48;

  private final String[] regions = new String[SLOTS];
  private final int[] hashes = new int[SLOTS];
  private final int[] values = new int[SLOTS];
  private int entries;

  /** The value remembered for {@code region}, or {@link #MISSING}. */
  int get(String region) {
    int hash = region.hashCode();
    for (int slot = slotOf(hash); regions[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      String known = regions[slot];
      if (known == region || (hashes[slot] == hash && known.equals(region))) {
        return values[slot];
      }
    }
    return MISSING;
  }

  /** Remembers {@code value} (not {@link #MISSING}) for a region {@link #get} did not know; returns it. */
  int put(String region, int value) {
    if (entries < MAX_ENTRIES) {
      int hash = region.hashCode();
      int slot = slotOf(hash);
      while (regions[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      regions[slot] = region;
      hashes[slot] = hash;
      values[slot] = value;
      entries++;
    }
    return value;
  }

  private static int slotOf(int hash) {
    // spread the bits: neighbouring codes have neighbouring hashes, which would cluster under linear probing
    return (hash ^ (hash >>> 7) ^ (hash >>> 16)) & (SLOTS - 1);
  }
}
