package io.computility.hub.workers.placement;

/** Port: estimated round-trip network latency between two places given as GB/T 2260 region codes. */
public interface LatencyMatrix {

  /** Returned when the latency between two regions is not known. */
  int UNKNOWN = -1;

  /** Round-trip time in milliseconds from {@code fromRegion} to {@code toRegion}, or {@link #UNKNOWN}. */
  int latencyMillis(String fromRegion, String toRegion);
}
