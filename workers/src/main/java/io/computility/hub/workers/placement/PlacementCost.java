package io.computility.hub.workers.placement;

/** The one place where a placement's estimated cost is computed and rounded. */
public final class PlacementCost {

  private PlacementCost() {
  }

  /**
   * Estimated cost in fen of {@code quantity} units for {@code durationMinutes} at {@code unitPriceFen} per
   * unit-hour, rounded up to the next fen so an estimate never undercuts the bill.
   */
  public static long estimateFen(long unitPriceFen, long quantity, long durationMinutes) {
    long fenMinutes = Math.multiplyExact(Math.multiplyExact(unitPriceFen, quantity), durationMinutes);
    return Math.floorDiv(fenMinutes + 59, 60);
  }
}
