package io.computility.hub.workers.placement;

/**
 * A latency estimate from the great-circle distance between provincial capitals: a fixed access cost plus fibre
 * propagation over a detour factor. It stands in until the resource layer measures real links (S-7.4 a), and
 * drives the simulator and the benchmark.
 */
public final class GeoLatencyMatrix implements LatencyMatrix {

  /** Round trip inside one province, access networks included. */
  static final int LOCAL_MILLIS = 2;
  /** Fibre is not a straight line; 1.4 is a common rule of thumb for trunk routes. */
  private static final double ROUTE_DETOUR = 1.4;
  /** Light in fibre: ~5 µs per km each way. */
  private static final double RTT_MILLIS_PER_KM = 0.010;

  /** Province prefix, capital latitude, longitude. */
  private static final Object[][] CAPITALS = {
      {11, 39.90, 116.40}, {12, 39.13, 117.20}, {13, 38.04, 114.51}, {14, 37.87, 112.55}, {15, 40.84, 111.75},
      {21, 41.80, 123.43}, {22, 43.82, 125.32}, {23, 45.80, 126.53}, {31, 31.23, 121.47}, {32, 32.06, 118.80},
      {33, 30.27, 120.16}, {34, 31.82, 117.23}, {35, 26.07, 119.30}, {36, 28.68, 115.86}, {37, 36.65, 117.12},
      {41, 34.75, 113.62}, {42, 30.59, 114.31}, {43, 28.23, 112.94}, {44, 23.13, 113.26}, {45, 22.82, 108.37},
      {46, 20.04, 110.20}, {50, 29.56, 106.55}, {51, 30.57, 104.07}, {52, 26.65, 106.63}, {53, 25.04, 102.71},
      {54, 29.65, 91.13}, {61, 34.34, 108.94}, {62, 36.06, 103.83}, {63, 36.62, 101.78}, {64, 38.49, 106.23},
      {65, 43.83, 87.62}};

  /** Indexed by the two-digit province prefix, so a lookup is two array reads and no hashing. */
  private final int[][] millis = new int[100][100];

  public GeoLatencyMatrix() {
    for (int[] row : millis) {
      java.util.Arrays.fill(row, UNKNOWN);
    }
    for (Object[] a : CAPITALS) {
      for (Object[] b : CAPITALS) {
        int from = (Integer) a[0];
        int to = (Integer) b[0];
        millis[from][to] = from == to ? LOCAL_MILLIS
            : LOCAL_MILLIS + (int) Math.round(distanceKm((Double) a[1], (Double) a[2], (Double) b[1], (Double) b[2])
                * ROUTE_DETOUR * RTT_MILLIS_PER_KM);
      }
    }
  }

  @Override
  public int latencyMillis(String fromRegion, String toRegion) {
    int from = prefix(fromRegion);
    int to = prefix(toRegion);
    return from < 0 || to < 0 ? UNKNOWN : millis[from][to];
  }

  private static int prefix(String code) {
    if (code == null || code.length() < 2) {
      return -1;
    }
    int tens = code.charAt(0) - '0';
    int ones = code.charAt(1) - '0';
    return tens < 0 || tens > 9 || ones < 0 || ones > 9 ? -1 : tens * 10 + ones;
  }

  private static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }
}
